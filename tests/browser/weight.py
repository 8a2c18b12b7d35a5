"""Measures what a page costs a visitor: bytes transferred (headers and bodies, as compressed on the wire)
on a first visit and on a repeat visit, and which requests were made. Used by the weight tests and `make audit`.

The service worker is blocked while measuring, so that the browser's HTTP cache alone decides the repeat
visit (and every request is seen); requests to other hosts (map tiles) are counted apart."""

from urllib.parse import urlsplit


class Measure:
    def __init__(self, context, page):
        self.page = page
        self.session = context.new_cdp_session(page)
        self.session.send("Network.enable")
        self.urls, self.sizes = {}, {}
        self.session.on("Network.responseReceived", self._response)
        self.session.on("Network.loadingFinished", self._finished)

    def _response(self, event):
        self.urls[event["requestId"]] = event["response"]["url"]

    def _finished(self, event):
        self.sizes[event["requestId"]] = event["encodedDataLength"]

    def visit(self, url):
        """Load `url`; returns (bytes from the portal's host, bytes from other hosts, [URLs requested])."""
        self.urls.clear()
        self.sizes.clear()
        self.page.goto(url, wait_until="load")
        self.page.wait_for_load_state("networkidle")
        origin = urlsplit(url).netloc
        own = other = 0
        for request_id, size in self.sizes.items():
            request_url = self.urls.get(request_id, "")
            if urlsplit(request_url).netloc == origin:
                own += size
            else:
                other += size
        return own, other, list(self.urls.values())


def measure(browser, url):
    """{"first": bytes, "repeat": bytes, "requests": [...], "other_hosts": bytes} for one URL, in a fresh profile."""
    context = browser.new_context(
        service_workers="block", viewport={"width": 412, "height": 823}, is_mobile=True
    )
    page = context.new_page()
    meter = Measure(context, page)
    first, other, requests = meter.visit(url)
    repeat, _other, _requests = meter.visit(url)
    context.close()
    return {"first": first, "repeat": repeat, "requests": requests, "other_hosts": other}
