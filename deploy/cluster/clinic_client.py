"""A consultant's browser, reduced to what the cluster scripts need (issue 16): cookies, the sign-in form with the
CSP nonce, the PrimeFaces AJAX posts of a form's buttons, and a log of every answer's status. Standard library only.
"""
import html.parser
import http.cookiejar
import re
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "demo-password-2026"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class FormFields(html.parser.HTMLParser):
    """The successful controls of one form (by id), as a browser would post them."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self.textarea = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == self.form_id
            return
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name and "disabled" not in a:
            kind = (a.get("type") or "text").lower()
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self.fields.append((name, a.get("value", "on")))
            elif kind not in ("submit", "button", "image", "file", "reset"):
                self.fields.append((name, a.get("value", "")))
        elif tag == "textarea" and name and "disabled" not in a:
            self.textarea = [name, ""]
        elif tag == "select" and name and "disabled" not in a:
            self.select = [name, None]
        elif tag == "option" and self.select is not None and "selected" in a:
            self.select[1] = a.get("value", "")

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea is not None:
            self.fields.append(tuple(self.textarea))
            self.textarea = None
        elif tag == "select" and self.select is not None:
            if self.select[1] is not None:
                self.fields.append(tuple(self.select))
            self.select = None


class Browser:
    def __init__(self, base, name="browser"):
        self.base = base.rstrip("/")
        self.name = name
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())
        self.statuses = []  # (method, path, status, node)
        self.page = ""
        self.page_path = None

    def cookie(self, name):
        for c in self.jar:
            if c.name == name:
                return c.value
        return None

    def node(self):
        """The node HAProxy's cookie names (the node that answered the last request through the balancer)."""
        return self.cookie("CLINICNODE")

    def request(self, path, data=None, headers=None, base=None, timeout=60):
        url = path if path.startswith("http") else (base or self.base) + "/" + path.lstrip("/")
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(url, data=body, headers=headers or {})
        started = time.monotonic()
        try:
            with self.opener.open(req, timeout=timeout) as r:
                status, text, location = r.status, r.read().decode("utf-8", "replace"), r.headers.get("Location")
        except urllib.error.HTTPError as e:
            status, text, location = e.code, e.read().decode("utf-8", "replace"), e.headers.get("Location")
        self.statuses.append(("POST" if data is not None else "GET", urllib.parse.urlsplit(url).path, status,
                              self.node(), round(time.monotonic() - started, 3)))
        return status, text, location

    def get(self, path, base=None, follow=5):
        status, text, location = self.request(path, base=base)
        while status in (301, 302, 303, 307) and follow > 0 and location:
            path = urllib.parse.urljoin((base or self.base) + "/", location)
            status, text, location = self.request(path, base=None if path.startswith("http") else base)
            follow -= 1
        self.page, self.page_path = text, path
        return status, text

    @staticmethod
    def view_state(page):
        m = re.search(r'name="jakarta.faces.ViewState" id="[^"]*" value="([^"]*)"', page)
        return m.group(1) if m else None

    @staticmethod
    def nonce(page):
        m = re.search(r'nonce="([^"]*)"', page)
        return m.group(1) if m else None

    def sign_in(self, user, base=None):
        status, page = self.get("login.xhtml", base=base)
        assert status == 200, f"login page answered {status}"
        data = {"login": "login", "login:username": user, "login:password": PASSWORD, "login:signIn": "",
                "primefaces.nonce": self.nonce(page), "jakarta.faces.ViewState": self.view_state(page)}
        status, text, location = self.request("login.xhtml", data, base=base)
        if status in (302, 303):
            status, text = self.get(urllib.parse.urljoin((base or self.base) + "/", location))
        signed_in = "logout" in text.lower() or "sign out" in text.lower()
        return signed_in

    def ajax(self, form, source, changes=None, execute=None, render=None, page=None):
        """Posts form's fields as PrimeFaces does when the button (or remote command) source is pressed; returns
        (status, partial response)."""
        page = page or self.page
        parser = FormFields(form)
        parser.feed(page)
        fields = [(k, v) for k, v in parser.fields if k not in (changes or {})]
        fields += list((changes or {}).items())
        fields = [(k, v) for k, v in fields if k not in ("jakarta.faces.ViewState", "primefaces.nonce")]
        # PrimeFaces resolves @form to the form's client id before posting; the server knows no "@form".
        fields += [("jakarta.faces.partial.ajax", "true"), ("jakarta.faces.source", source),
                   ("jakarta.faces.partial.execute", execute or form), ("jakarta.faces.partial.render", form if render is None else render),
                   (source, source), ("jakarta.faces.ViewState", self.view_state(page)),
                   ("primefaces.nonce", self.nonce(page) or "")]
        status, text, _ = self.request(self.page_path, fields,
                                       headers={"Faces-Request": "partial/ajax", "X-Requested-With": "XMLHttpRequest"})
        return status, text

    @staticmethod
    def partial_redirect(text):
        m = re.search(r'<redirect url="([^"]*)"', text)
        return html.unescape(m.group(1)) if m else None

    @staticmethod
    def validation_failed(text):
        return '"validationFailed":true' in text

    def forbidden(self):
        return [s for s in self.statuses if s[2] == 403]


