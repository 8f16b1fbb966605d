#!/usr/bin/env python3
"""Mixed traffic against a running Tòa Soạn for bench/soak: readers on the home, section, article and search pages;
readers' comments sent through the form; an editor's token moderating them (approved ones are published); an editor's
token writing, changing and publishing articles. Prints, per minute, the requests, the errors, p50 and p99 latency and
the server's resident memory, beside the live heap after the last young collection and the heap committed, read from the
GC log it is given: resident memory can grow while the heap does not. Stops by itself after the minutes it is given;
talks to loopback only."""
import http.client, json, random, re, sys, threading, time, urllib.parse

port, pid, token, minutes = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
gc_log = sys.argv[5] if len(sys.argv) > 5 else None
start = time.time()
end = start + minutes * 60
lock = threading.Lock()
samples = {}   # minute -> list of (latency ms, ok)
errors_seen = {}
rss = {}
heap = {}  # minute -> "live/committed" in MB, after the minute's last young collection

WORDS = ["đường", "trường học", "bệnh viện", "nông dân", "lúa", "mưa bão", "giao thông", "chợ", "cầu", "xã",
         "huyện", "tỉnh", "học sinh", "giáo viên", "điện", "nước sạch", "du lịch", "biển", "rừng", "công nhân"]
SENTENCES = ["Tôi đồng ý với ý kiến của bài viết về {w}.", "Mong chính quyền sớm quan tâm đến chuyện {w} ở địa phương.",
             "Bài viết rất hay, cảm ơn tòa soạn đã phản ánh vấn đề {w}.",
             "Ở quê tôi chuyện {w} cũng đang được người dân bàn tán nhiều.",
             "Đề nghị các cơ quan chức năng kiểm tra lại việc {w} trong thời gian tới."]


def minute():
    return int((time.time() - start) // 60)


def record(ms, ok, what):
    with lock:
        samples.setdefault(minute(), []).append((ms, ok))
        if not ok:
            errors_seen[what] = errors_seen.get(what, 0) + 1


def request(method, path, body=None, headers=None, expect=(200,), what=None):
    h = {"User-Agent": "Mozilla/5.0 (Linux; Android 12) soak"}
    h.update(headers or {})
    t = time.time()
    status, data = 0, b""
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        status, data = r.status, r.read()
        c.close()
    except Exception as e:
        data = str(e).encode()
    ms = (time.time() - t) * 1000
    ok = status in expect
    record(ms, ok, (what or path.split("?")[0]) + " -> " + str(status))
    return status, data


def api(method, path, payload=None, expect=(200,)):
    headers = {"Authorization": "Bearer " + token, "Accept": "application/json"}
    body = None
    if payload is not None:
        headers["Content-Type"] = "application/json"
        body = json.dumps(payload).encode()
    status, data = request(method, path, body, headers, expect, what="api " + re.sub(r"\d+", "N", path.split("?")[0]))
    try:
        return json.loads(data) if data else None
    except ValueError:
        return None


site = {"articles": [], "sections": []}


def refresh_site():
    _, data = request("GET", "/sitemap.xml")
    locs = re.findall(rb"<loc>https?://[^/]+(/[^<]*)</loc>", data)
    site["articles"] = [l.decode() for l in locs if l.endswith(b".html")][-300:]
    site["sections"] = [l.decode() for l in locs if not l.endswith(b".html") and l != b"/"]


def reader(n):
    rnd = random.Random(n)
    while time.time() < end:
        roll = rnd.random()
        if roll < 0.25:
            request("GET", "/")
        elif roll < 0.45 and site["sections"]:
            request("GET", rnd.choice(site["sections"]), what="section")
        elif roll < 0.85 and site["articles"]:
            request("GET", rnd.choice(site["articles"]), headers={"X-Forwarded-For": "198.18.%d.%d" % (
                rnd.randrange(250), rnd.randrange(1, 250))}, expect=(200, 301), what="article")
        else:
            request("GET", "/tim-kiem?q=" + urllib.parse.quote(rnd.choice(WORDS)), what="search")
        time.sleep(rnd.uniform(0.02, 0.08))


def commenter(k):
    # each commenter its own readers: two with the same names and texts would only meet the repeat refusal (409)
    rnd = random.Random(7 + k)
    n = k * 100000
    while time.time() < end:
        if not site["articles"]:
            time.sleep(1)
            continue
        path = rnd.choice(site["articles"])
        address = "198.19.%d.%d" % (n // 250 % 250, 1 + n % 250)
        status, page = request("GET", path, headers={"X-Forwarded-For": address}, what="article")
        m = re.search(rb'action="/binh-luan/(\d+)"', page)
        t = re.search(rb'name="token" value="([^"]+)"', page)
        if status != 200 or not m or not t:
            time.sleep(1)
            continue
        time.sleep(3.2)  # a reader takes time to write; sooner is refused as a robot
        content = rnd.choice(SENTENCES).format(w=rnd.choice(WORDS)) + " Lần thứ %d." % n
        form = urllib.parse.urlencode({"name": "Bạn đọc %d" % n, "email": "ban-doc-%d@example.vn" % n,
                                       "content": content, "token": t.group(1).decode(), "website": ""})
        request("POST", "/binh-luan/" + m.group(1).decode(), form.encode(),
                {"Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": address},
                expect=(303,), what="comment")
        n += 1
        time.sleep(rnd.uniform(0.5, 1.5))


def moderator():
    rnd = random.Random(11)
    while time.time() < end:
        queue = api("GET", "/api/v1/comments?status=PENDING") or {}
        for item in (queue.get("items") or [])[:10]:
            if rnd.random() < 0.8:
                api("POST", "/api/v1/comments/%d/approve" % item["id"], {})
            else:
                api("POST", "/api/v1/comments/%d/reject" % item["id"], {"reason": "Không phù hợp"})
        time.sleep(5)


def editor():
    rnd = random.Random(13)
    n = 0
    while time.time() < end:
        section = "thoi-su"
        draft = api("POST", "/api/v1/articles", {
            "title": "Tin thử tải số %d về %s" % (n, rnd.choice(WORDS)),
            "sapo": "Tóm tắt tin thử tải số %d." % n,
            "body": "<p>" + " ".join(rnd.choice(SENTENCES).format(w=rnd.choice(WORDS)) for _ in range(6)) + "</p>",
            "section": section}, expect=(201,))
        if draft:
            api("PUT", "/api/v1/articles/%d" % draft["id"], {"title": "Tin thử tải số %d, đã sửa" % n})
            api("POST", "/api/v1/articles/%d/publish" % draft["id"], {})
        n += 1
        time.sleep(5)


def watcher():
    while time.time() < end:
        try:
            with open("/proc/%d/status" % pid) as f:
                kb = int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))
            with lock:
                rss[minute()] = kb // 1024
        except OSError:
            pass
        if gc_log:
            try:
                with open(gc_log) as f:
                    pauses = re.findall(r"Pause Young.*?(\d+)M->(\d+)M\((\d+)M\)", f.read())
                if pauses:
                    with lock:
                        heap[minute()] = "%s/%s" % (pauses[-1][1], pauses[-1][2])
            except OSError:
                pass
        if int(time.time() - start) % 60 < 10:
            refresh_site()
        time.sleep(10)


refresh_site()
threads = [threading.Thread(target=reader, args=(i,)) for i in range(6)]
threads += [threading.Thread(target=commenter, args=(k,)) for k in (0, 1)]
threads += [threading.Thread(target=f) for f in (moderator, editor, watcher)]
for t in threads:
    t.daemon = True
    t.start()
last = -1
print("%6s %9s %7s %8s %8s %8s %11s" % ("minute", "requests", "errors", "p50 ms", "p99 ms", "RSS MB", "heap MB"),
      flush=True)
while time.time() < end or last < int(minutes) - 1:
    time.sleep(1)
    done = minute() - 1
    while last < done and last < int(minutes) - 1:
        last += 1
        with lock:
            s = sorted(ms for ms, _ in samples.get(last, []))
            errs = sum(1 for _, ok in samples.get(last, []) if not ok)
        p = (lambda q: s[min(len(s) - 1, int(q * len(s)))] if s else 0)
        print("%6d %9d %7d %8.0f %8.0f %8s %11s" % (last + 1, len(s), errs, p(0.5), p(0.99), rss.get(last, "?"),
                                                    heap.get(last, "?")), flush=True)
    if time.time() > end + 90:
        break
total = sum(len(v) for v in samples.values())
errs = sum(1 for v in samples.values() for _, ok in v if not ok)
print("total: %d requests, %d errors%s" % (total, errs, "" if not errors_seen else ": " + json.dumps(errors_seen,
                                                                                                  ensure_ascii=False)))
if rss:
    first, lastm = min(rss), max(rss)
    print("resident memory: %s MB in minute %d, %s MB in minute %d" % (rss[first], first + 1, rss[lastm], lastm + 1))
