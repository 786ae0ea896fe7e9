"""Prints one line from surefire's XML reports: 'LABEL: N passed, N failed'."""

import glob
import sys
import xml.etree.ElementTree as ET

passed = failed = 0
for path in glob.glob(f"{sys.argv[1]}/TEST-*.xml"):
    suite = ET.parse(path).getroot()
    n = int(suite.get("tests", "0")) - int(suite.get("skipped", "0"))
    bad = int(suite.get("failures", "0")) + int(suite.get("errors", "0"))
    passed += n - bad
    failed += bad
if passed + failed == 0:
    sys.exit(f"{sys.argv[2]}: no test ran")
print(f"{sys.argv[2]}: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
