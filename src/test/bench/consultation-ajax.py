#!/usr/bin/env python3
"""Server time of the consultation page's own requests (issue 12), against a running clinic with the demo data.

    src/test/bench/consultation-ajax.py BASE_URL [RUNS]     e.g. http://127.0.0.1:19100/ 50

Signs in as the demo consultant, starts a draft for the Okafor twins and times, one request at a time (median and
90th percentile of RUNS, after 5 warm-up requests each):
  - the twins' consultation page as it opens (GET, rendered in full);
  - a field change with live flags: Chidi's weight typed, as the weight field's p:ajax sends it (the field
    processed, the flags and computed values, every .lc-live element, redrawn);
  - an Add: a feed added to Chidi's section (its feeds, its summary and the flags summary redrawn), then removed
    again (not timed), so each Add is the section's first feed.
Times are the whole answer as seen over loopback, so they include the HTTP round trip (a fraction of a ms).
"""
import html.parser, http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request

base = sys.argv[1].rstrip('/') + '/'
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 50
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def get(path):
    with opener.open(base + path) as answer:
        return answer.geturl(), answer.read().decode()


def post(path, fields, ajax=False):
    data = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(base + path, data=data)
    if ajax:
        request.add_header('Faces-Request', 'partial/ajax')
        request.add_header('X-Requested-With', 'XMLHttpRequest')
    with opener.open(request) as answer:
        return answer.geturl(), answer.read().decode()


def state(page):
    return re.search(r'name="jakarta.faces.ViewState" id="[^"]*" value="([^"]*)"', page).group(1)


def nonce(page):
    found = re.search(r'nonce="([^"]*)"', page)
    return found.group(1) if found else ''


class Classes(html.parser.HTMLParser):
    """The ids of the elements whose class matches, as PrimeFaces resolves @(.selector) in the browser."""

    def __init__(self, wanted):
        super().__init__()
        self.wanted, self.ids = wanted, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get('id') and self.wanted(attrs.get('class') or ''):
            self.ids.append(attrs['id'])


def ids_with(page, wanted):
    parser = Classes(wanted)
    parser.feed(page)
    return parser.ids


def timed(action):
    started = time.perf_counter()
    result = action()
    return (time.perf_counter() - started) * 1000, result


def report(name, samples, sizes):
    samples = sorted(samples)
    p90 = samples[int(len(samples) * 0.9) - 1]
    print(f'{name:<44} p50 {statistics.median(samples):7.1f} ms  p90 {p90:7.1f} ms  answer {statistics.median(sizes) / 1024:6.1f} KB')


_, login = get('login.xhtml')
post('login.xhtml', {'login': 'login', 'login:username': 'ana.lopez', 'login:password': 'demo-password-2026',
                     'login:signIn': '', 'primefaces.nonce': nonce(login), 'jakarta.faces.ViewState': state(login)})
_, search = get('dyad/search.xhtml?name=Okafor')
family = re.search(r'dyad/overview.xhtml\?mother=[^"]*(?=" class="mother-link">Okafor)', search).group(0)
_, overview = get(family)
url, page = post(family, {'overview': 'overview', 'overview:startConsultation': '', 'primefaces.nonce': nonce(overview),
                          'jakarta.faces.ViewState': state(overview)})
if 'consultation/edit.xhtml' not in url:  # a commandButton answers with a redirect that urllib follows
    raise SystemExit('no draft started: ' + url)
consultation = url[len(base):]

renders, render_sizes = [], []
for i in range(5 + runs):
    ms, (_, page) = timed(lambda: get(consultation))
    if i >= 5:
        renders.append(ms)
        render_sizes.append(len(page.encode()))
report('twins consultation page, GET', renders, render_sizes)

view = state(page)
live = ' '.join(ids_with(page, lambda c: 'lc-live' in c.split()))
weight = 'visit:charts:0:weight'
changes, change_sizes = [], []
for i in range(5 + runs):
    fields = {'jakarta.faces.partial.ajax': 'true', 'jakarta.faces.source': weight, 'jakarta.faces.partial.execute': weight,
              'jakarta.faces.partial.render': live + ' visit:charts:0:weightMessage', 'jakarta.faces.behavior.event': 'change',
              'jakarta.faces.partial.event': 'change', 'visit': 'visit', weight: str(2000 + i % 50),
              'primefaces.nonce': nonce(page), 'jakarta.faces.ViewState': view}
    ms, (_, answer) = timed(lambda: post(consultation, fields, ajax=True))
    if 'partial-response' not in answer or '<error>' in answer:
        raise SystemExit('the field change failed: ' + answer[:500])
    if i >= 5:
        changes.append(ms)
        change_sizes.append(len(answer.encode()))
report('field change with live flags (weight)', changes, change_sizes)

add = 'visit:charts:0:addFeed'
# as the Add button's update="@(.lc-feeds-0) @(.lc-chart-0 .section-summary) @(.lc-summary)" (the section's
# one-line summary is inside .lc-summary's elements or left out: a few hundred bytes)
render = ' '.join(ids_with(page, lambda c: any(k in c.split() for k in ('lc-feeds-0', 'lc-summary'))))
# Each timed Add is undone by the feed's own remove button (not timed), so every Add is the first feed of the
# section, as in an appointment, rather than the 35th of a list that grows with the runs.
remove = 'visit:charts:0:feeds:0:removeFeed'
adds, add_sizes = [], []
for i in range(5 + runs):
    fields = {'jakarta.faces.partial.ajax': 'true', 'jakarta.faces.source': add, 'jakarta.faces.partial.execute': add,
              'jakarta.faces.partial.render': render, 'visit': 'visit', add: add,
              'primefaces.nonce': nonce(page), 'jakarta.faces.ViewState': view}
    ms, (_, answer) = timed(lambda: post(consultation, fields, ajax=True))
    if 'partial-response' not in answer or '<error>' in answer or remove not in answer:
        raise SystemExit('the Add failed: ' + answer[:500])
    if i >= 5:
        adds.append(ms)
        add_sizes.append(len(answer.encode()))
    fields = {'jakarta.faces.partial.ajax': 'true', 'jakarta.faces.source': remove, 'jakarta.faces.partial.execute': remove,
              'jakarta.faces.partial.render': render, 'visit': 'visit', remove: remove,
              'primefaces.nonce': nonce(page), 'jakarta.faces.ViewState': view}
    _, answer = post(consultation, fields, ajax=True)
    if 'partial-response' not in answer or '<error>' in answer or remove in answer:
        raise SystemExit('removing the added feed failed: ' + answer[:500])
report('Add (the first feed of a section)', adds, add_sizes)
