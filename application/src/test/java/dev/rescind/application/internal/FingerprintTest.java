package dev.rescind.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rescind.application.CommandContext;
import dev.rescind.domain.shared.Actor;
import dev.rescind.domain.shared.PickupWindow;
import dev.rescind.domain.shared.Reason;
import dev.rescind.domain.shared.Reference;
import dev.rescind.domain.shared.TenantId;
import dev.rescind.domain.shipment.ShipmentCommand;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fingerprint's encoding, pinned: a change of it would turn every in-flight retry into a reused key. */
class FingerprintTest {

    private static final CommandContext MERCHANT = CommandContext.of(new TenantId("tenant-1"),
            Actor.merchant("m-1"));

    @Test
    void a_scheduling_command_has_the_fingerprint_this_release_gave_it() {
        PickupWindow window = new PickupWindow(Instant.parse("2026-03-01T09:00:00Z"),
                Instant.parse("2026-03-01T11:30:00.250Z"), ZoneId.of("Europe/Berlin"));
        ShipmentCommand.Schedule schedule = new ShipmentCommand.Schedule(window, Option.some(new Reference("PU-7")));

        assertThat(Fingerprint.of("shipment.schedule", MERCHANT, "shp-1", List.of(schedule)))
                .isEqualTo("d67a4a422ed1cc8274e8fcd53391ac2ced5d84d28955057a24d04bc22a7fad60");
    }

    @Test
    void a_command_is_encoded_as_its_type_and_its_components_by_name_with_absent_options_left_out() {
        byte[] expected = cancelOfShp1ByMerchant().tag('.').tag('.').digest();

        assertThat(Fingerprint.of("shipment.cancel", MERCHANT, "shp-1",
                List.of(new ShipmentCommand.Cancel(Option.none()))))
                .isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void a_present_option_is_encoded_as_its_value() {
        byte[] expected = cancelOfShp1ByMerchant()
                .tag('f').text("reason").tag('r').text("Reason").tag('f').text("value").text("Zu spät")
                .tag('.').tag('.').tag('.')
                .digest();

        assertThat(Fingerprint.of("shipment.cancel", MERCHANT, "shp-1",
                List.of(new ShipmentCommand.Cancel(Option.some(new Reason("Zu spät"))))))
                .isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void an_unordered_set_is_refused_rather_than_hashed_in_iteration_order() {
        assertThatThrownBy(() -> Fingerprint.of("shipment.cancel", MERCHANT, "shp-1", List.of(Set.of("a", "b"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot encode");
    }

    /** The encoding up to the components of a cancel of {@code shp-1} by {@link #MERCHANT}, written by hand. */
    private static Bytes cancelOfShp1ByMerchant() {
        return new Bytes()
                .text("rescind-fingerprint/1").text("shipment.cancel")
                .tag('r').text("Actor")
                .tag('f').text("id").text("m-1")
                .tag('f').text("kind").tag('e').text("ActorKind").text("MERCHANT")
                .tag('.')
                .text("shp-1")
                .tag('l').tag('r').text("ShipmentCommand$Cancel");
    }

    /** The encoding written out by hand, byte for byte, as the class documents it. */
    private static final class Bytes {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes tag(char tag) {
            out.write(tag);
            return this;
        }

        Bytes text(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.write('s');
            out.write(utf8.length >>> 24);
            out.write(utf8.length >>> 16);
            out.write(utf8.length >>> 8);
            out.write(utf8.length);
            out.writeBytes(utf8);
            return this;
        }

        byte[] digest() {
            try {
                return MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
            } catch (java.security.NoSuchAlgorithmException missing) {
                throw new IllegalStateException(missing);
            }
        }
    }
}
