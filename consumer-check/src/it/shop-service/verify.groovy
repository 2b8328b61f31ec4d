// Every documented test ran: the contract, the property and the architecture rules.
def reports = new File(basedir, 'target/surefire-reports')
def ran = ['com.example.testing.MyStoreShipmentsContractTest', 'com.example.testing.OrderBadgePropertiesTest',
           'com.example.testing.RescindUsageTest'].collect { name ->
    def report = new File(reports, "TEST-${name}.xml")
    assert report.isFile() : "${name} did not run"
    def suite = new groovy.xml.XmlSlurper().parse(report)
    assert suite.@tests.toInteger() > 0 : "${name} ran no tests"
    assert suite.@failures.toInteger() == 0 && suite.@errors.toInteger() == 0
    suite.@tests.toInteger()
}
println "shop-service: ${ran.sum()} tests of the testkit's contracts, properties and rules passed"
return true
