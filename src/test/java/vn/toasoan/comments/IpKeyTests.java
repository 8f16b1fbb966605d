package vn.toasoan.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who the rate limits and blocks count as one sender, and what editors see of an address. */
class IpKeyTests {

    @Test
    void anIpv4AddressIsItsOwnSender() {
        assertThat(IpKey.of("203.113.45.7")).isEqualTo("203.113.45.7");
        assertThat(IpKey.of("203.113.45.8")).isNotEqualTo(IpKey.of("203.113.45.7"));
    }

    @Test
    void everyAddressOfAnIpv6SlashSixtyFourIsOneSender() {
        String key = IpKey.of("2402:800:6343:1a2b::7");

        assertThat(key).isEqualTo("2402:800:6343:1a2b::/64");
        assertThat(IpKey.of("2402:800:6343:1a2b:91f0:44ee:2b1c:9a01")).isEqualTo(key);
        assertThat(IpKey.of("2402:0800:6343:1A2B:0:0:0:1")).isEqualTo(key);
        assertThat(IpKey.of("[2402:800:6343:1a2b::9]")).isEqualTo(key);
        assertThat(IpKey.of("2402:800:6343:1a2b::1%eth0")).isEqualTo(key);
        assertThat(IpKey.of("2402:800:6343:1a2c::7")).isNotEqualTo(key);
    }

    @Test
    void theSlashSixtyFourIsWrittenAsPostgresqlWritesACidr() {
        assertThat(IpKey.of("2001:db8::5")).isEqualTo("2001:db8::/64");
        assertThat(IpKey.of("2001:0:0:1::5")).isEqualTo("2001:0:0:1::/64");
        assertThat(IpKey.of("::1")).isEqualTo("::/64");
        assertThat(IpKey.of("2001:db8:0:0:1:2:3:4")).isEqualTo("2001:db8::/64");
        assertThat(IpKey.of("2001:db8:1:2:3:4:1.2.3.4")).isEqualTo("2001:db8:1:2::/64");
    }

    @Test
    void anIpv4MappedAddressIsTheIpv4Reader() {
        assertThat(IpKey.of("::ffff:203.113.45.7")).isEqualTo("203.113.45.7");
        assertThat(IpKey.of("::ffff:cb71:2d07")).isEqualTo("203.113.45.7");
    }

    @Test
    void whatIsNotAnAddressIsKeptAsItCame() {
        assertThat(IpKey.of("unknown")).isEqualTo("unknown");
        assertThat(IpKey.of("1:::2")).isEqualTo("1:::2");
        assertThat(IpKey.of("1:2:3:4:5:6:7:8:9")).isEqualTo("1:2:3:4:5:6:7:8:9");
        assertThat(IpKey.of("2001:db8::g")).isEqualTo("2001:db8::g");
        assertThat(IpKey.of("may-chu-la:80")).isEqualTo("may-chu-la:80");
        assertThat(IpKey.of(null)).isEmpty();
    }

    @Test
    void editorsSeeOnlyPartOfAnAddressWhateverItsForm() {
        assertThat(PartialIp.of("203.113.45.7")).isEqualTo("203.113.45.x");
        assertThat(PartialIp.of("2402:800:6343:1a2b::7")).isEqualTo("2402:800:6343::/48");
        assertThat(PartialIp.of("2001:db8::1")).isEqualTo("2001:db8::/48");
        assertThat(PartialIp.of("2402:800:6343:1a2b::/64")).isEqualTo("2402:800:6343::/48");
        assertThat(PartialIp.of("::ffff:203.113.45.7")).isEqualTo("203.113.45.x");
        assertThat(PartialIp.of("unknown")).isEmpty();
    }
}
