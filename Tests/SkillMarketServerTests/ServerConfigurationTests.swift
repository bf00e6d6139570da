import SkillMarketServer
import Testing

@Test("the server binds to loopback by default")
func loopbackByDefault() {
    #expect(ServerConfiguration().host == "127.0.0.1")
}
