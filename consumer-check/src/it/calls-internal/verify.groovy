// The build failed for the right reason: the architecture rule named the call into the pipeline.
def report = new File(basedir, 'target/surefire-reports/com.example.testing.RescindUsageTest.txt')
assert report.isFile() : 'RescindUsageTest did not run'
def text = report.text
assert text.contains('PipelineShortcut') && text.contains('dev.rescind.application.internal') : text
println 'calls-internal: the rules failed the build on PipelineShortcut, as they must'
return true
