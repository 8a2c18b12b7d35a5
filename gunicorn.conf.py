"""gunicorn settings for the portal container (read from the environment).

The access log leaves out the visitor's IP address (%(h)s) unless the operator sets LOG_VISITOR_IP=true.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Each worker is replaced after about 2,000 requests (a guard against slow leaks). The application is imported
# once in the master and each worker forks from it: a replacement costs a fork, not a second or more of importing
# Django and Wagtail while the other workers serve (at page-cache speed, a worker was replaced every few seconds).
# Nothing opens a database or cache connection at import, so no connection is shared across the fork.
preload_app = True
max_requests = 2000
max_requests_jitter = 200
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR") or None
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
_with_ip = os.environ.get("LOG_VISITOR_IP", "").lower() in {"1", "true", "yes", "on"}
access_log_format = ("%(h)s " if _with_ip else "") + '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
