"""Signs a demo member in through the login form (antiforgery token included) and writes the session cookies in the
JSON format wapiti's -c option reads. Usage: wapiti_login.py BASE_URL EMAIL PASSWORD COOKIE_FILE"""
import http.cookiejar
import json
import re
import ssl
import sys
import urllib.parse
import urllib.request

base, email, password, target = sys.argv[1:5]
jar = http.cookiejar.CookieJar()
context = ssl._create_unverified_context()  # the scan's own self-signed certificate
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), urllib.request.HTTPSHandler(context=context))
page = opener.open(base + "/Account/Login").read().decode()
token = re.search(r'name="__RequestVerificationToken" value="([^"]+)"', page).group(1)
form = urllib.parse.urlencode({
    "Input.Email": email, "Input.Password": password, "__RequestVerificationToken": token, "_handler": "login",
}).encode()
opener.open(base + "/Account/Login", form)
if not any(c.name == ".AspNetCore.Identity.Application" for c in jar):
    sys.exit("sign-in failed: no authentication cookie")
host = urllib.parse.urlparse(base).hostname
cookies = {c.name: {"value": c.value, "expires": None, "secure": c.secure, "port": None, "version": 0} for c in jar}
with open(target, "w") as f:
    json.dump({host: {"/": cookies}}, f)
print(f"signed in as {email}: {len(cookies)} cookies")
