// The application ran on the module path and printed its line: every module resolved, nothing was missing.
def log = new File(basedir, 'build.log').text
assert log.contains('on the module path: dev.rescind.application cancelled 123e4567-e89b-12d3-a456-426614174000 (200, status cancelled)') : log
return true
