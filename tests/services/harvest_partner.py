"""A partner portal for the harvest tests: a local HTTP server on 127.0.0.1 serving recorded answers, so
nothing outside the machine is ever reached."""

import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit


class Partner(ThreadingHTTPServer):
    """Serves recorded answers: {(path, frozenset(query items)): (status, headers, body bytes)}."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes, self.requests = {}, []

    @property
    def base(self):
        return f"http://127.0.0.1:{self.server_address[1]}"

    def add(self, path, body, status=200, headers=None, query=()):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.routes[(path, frozenset(query))] = (
            status,
            headers or {"Content-Type": "application/json"},
            data,
        )


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        parts = urlsplit(self.path)
        self.server.requests.append(self.path)
        status, headers, body = self.server.routes.get(
            (parts.path, frozenset(parse_qsl(parts.query))), (404, {}, b'{"error": "not_found"}')
        )
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass
