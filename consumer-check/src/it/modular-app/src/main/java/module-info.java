module com.example.modular {
    requires dev.rescind.adapters.inmemory;
    requires dev.rescind.adapters.json;
}
