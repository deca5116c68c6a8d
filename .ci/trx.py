"""Reads a TRX results file: `list` prints each failed test with the first lines of its message; `browser-failures`
prints the full names of the failed browser test methods, one per line, or nothing if any other test failed;
`figures` prints every line of the tests' output that is a JSON object with a "scenario" (the proofs' measurements)."""
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
FAILED = ("Failed", "Error", "Timeout", "Aborted")


def failures(root):
    return [r for r in root.iterfind(".//t:UnitTestResult", NS) if r.get("outcome") in FAILED]


def method_of(root, test_id):
    for test in root.iterfind(".//t:UnitTest", NS):
        if test.get("id") == test_id:
            method = test.find("t:TestMethod", NS)
            return f"{method.get('className')}.{method.get('name')}"
    return None


def main(command, path):
    root = ET.parse(path).getroot()
    if command == "list":
        for result in failures(root):
            print(f"FAILED {result.get('testName')}")
            for line in result.findtext(".//t:Message", "", NS).strip().splitlines()[:6]:
                print(f"    {line[:300]}")
    elif command == "browser-failures":
        methods = {method_of(root, r.get("testId")) for r in failures(root)}
        if all(m and ".Browser." in m for m in methods):
            print("\n".join(sorted(methods)))
    elif command == "figures":
        for result in root.iterfind(".//t:UnitTestResult", NS):
            for line in result.findtext(".//t:StdOut", "", NS).splitlines():
                if line.startswith("{") and '"scenario"' in line:
                    print(line)


main(sys.argv[1], sys.argv[2])
