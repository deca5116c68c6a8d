"""Runs Debian's wapiti 3.0.4 (with Debian's /usr/bin/python3, where its modules are) with its exclusion patterns mended: it compiles each -x address with the inline flags at
the end ("...\\Z(?ms)"), which Python 3.11 refuses, so any -x crashes the scan. Arguments are wapiti's own."""
import re
import sys

import wapitiCore.net.crawler as crawler
from wapitiCore.main.wapiti import wapiti_main


def wildcard_translate(pattern):
    return re.compile("(?ms)" + ".*".join(re.escape(part) for part in pattern.split("*")) + r"\Z")


crawler.wildcard_translate = wildcard_translate
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
