/**
 * The JSON of the seed APIs (ReturnQueen, Shopify, Sendcloud, parcelLab) over Rescind's use cases. Its
 * answers carry Jackson trees, so Jackson is read by every module that reads this one.
 */
module dev.rescind.adapters.json {
    requires transitive dev.rescind.application;
    requires transitive com.fasterxml.jackson.databind;

    exports dev.rescind.adapters.json;
    exports dev.rescind.adapters.json.parcellab;
    exports dev.rescind.adapters.json.returnqueen;
    exports dev.rescind.adapters.json.sendcloud;
    exports dev.rescind.adapters.json.shopify;

    // Request bodies are bound onto records of these packages by Jackson.
    opens dev.rescind.adapters.json.parcellab to com.fasterxml.jackson.databind;
    opens dev.rescind.adapters.json.shopify to com.fasterxml.jackson.databind;
}
