// The reference site (`smh-errors site`) in headless Chromium, with Node's
// own test runner. `make test-site` writes the site and runs this file:
//
//   SITE_DIR   the generated site (required)
//   OUT_DIR    where screenshots and the HTML report go (default: SITE_DIR/../output)
//   CHROMIUM   the browser (default: /usr/bin/chromium, Debian's package)
//
// Pages are opened from file://, the hardest host: no server, no fetch().

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL, fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { HtmlValidate } from "html-validate";

const require = createRequire(import.meta.url);
const SITE = path.resolve(process.env.SITE_DIR ?? fail("SITE_DIR is not set: run `make test-site`"));
const OUT = path.resolve(process.env.OUT_DIR ?? path.join(SITE, "..", "output"));
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
// A code every catalog has, with server messages and a Chinese message.
const CODE = "AuthFailure.SignatureFailure";

function fail(msg) {
  throw new Error(msg);
}

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

const files = walk(SITE);
const pages = files.filter((f) => f.endsWith(".html")).sort();
const rel = (f) => path.relative(SITE, f).split(path.sep).join("/");
const locales = fs
  .readdirSync(SITE, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const isCodePage = (r) => r.includes("/") && !r.endsWith("/index.html") && !r.endsWith("/translation-coverage.html");
const codePages = pages.filter((f) => isCodePage(rel(f)));
const url = (r) => pathToFileURL(path.join(SITE, r)).href;

let browser;
// What the crawl saw on each page (JavaScript on, file://): problems, link
// targets, heading and lang facts. Each test below checks one aspect.
const seen = new Map();

before(async () => {
  assert.ok(fs.existsSync(CHROMIUM), `no browser at ${CHROMIUM}: install Debian's chromium (make test-site does)`);
  assert.ok(locales.includes("en-US") && locales.includes("zh-CN"), `locales: ${locales}`);
  fs.mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  const context = await browser.newContext();
  await forEachPage(context, pages, async (tab, f) => {
    const { page, problems, requested } = tab;
    problems.length = 0;
    requested.length = 0;
    const resp = await page.goto(pathToFileURL(f).href, { waitUntil: "load" });
    if (resp !== null && !resp.ok()) problems.push("did not load");
    const facts = await page.evaluate(() => {
      const hs = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((h) => Number(h.tagName[1]));
      return {
        links: [...document.querySelectorAll("a[href], link[href], script[src]")].map((e) => (e.href ?? e.src).toString()),
        lang: document.documentElement.lang,
        headings: hs,
        emptyLang: [...document.querySelectorAll("[lang]")].filter((e) => !e.getAttribute("lang").trim()).length,
      };
    });
    seen.set(f, { problems: [...problems], requested: [...requested], ...facts });
  }, pathToFileURL(SITE).href);
  await context.close();
});
after(async () => {
  await browser?.close();
});

/// Runs `fn` on every file of `list` in a few tabs at once (page loads wait
/// mostly on the browser's round trips, not on the CPU).
async function forEachPage(context, list, fn, origin = "file://", tabs = 4) {
  const queue = [...list];
  const workers = Array.from({ length: Math.min(tabs, queue.length) }, async () => {
    const tab = await watchedPage(context, origin);
    for (let f = queue.shift(); f !== undefined; f = queue.shift()) await fn(tab, f);
    await tab.page.close();
  });
  await Promise.all(workers);
}

/// Opens a tab that records console errors and warnings, page errors,
/// failed requests, HTTP errors, and any request that leaves the site
/// (allowed: `origin`, and the empty `data:` icon).
async function watchedPage(context, origin) {
  const page = await context.newPage();
  const problems = [];
  const requested = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on("request", (r) => {
    requested.push(r.url());
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) problems.push(`request off the site: ${r.url()}`);
  });
  return { page, problems, requested };
}

test("every page loads from file:// with no console error, no failed request and no request off the site", () => {
  assert.equal(seen.size, pages.length);
  const report = [];
  for (const [f, s] of seen) {
    if (s.problems.length) report.push(`${rel(f)}:\n  ${s.problems.join("\n  ")}`);
    // A code page never loads the catalog-wide search index.
    if (isCodePage(rel(f)) && s.requested.some((u) => u.endsWith("search-index.js"))) {
      report.push(`${rel(f)} loads the search index`);
    }
  }
  assert.deepEqual(report, [], report.join("\n"));
  assert.ok(pages.length >= 3 + locales.length * 3, `only ${pages.length} pages`);
});

test("the site works from a static host too (loopback HTTP), search included", async () => {
  const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript" };
  const server = http.createServer((req, res) => {
    const p = path.join(SITE, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!p.startsWith(SITE) || !fs.existsSync(p) || fs.statSync(p).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(p)] ?? "application/octet-stream" });
    res.end(fs.readFileSync(p));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${server.address().port}/`;
  try {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context, origin);
    for (const r of ["index.html", "en-US/index.html", `zh-CN/${CODE}.html`, "zh-CN/translation-coverage.html"]) {
      await page.goto(origin + r, { waitUntil: "load" });
    }
    await page.goto(origin + "en-US/index.html");
    await page.fill("#q", "签名");
    await page.waitForSelector(`#results a[href="${CODE}.html"]`);
    await context.close();
    assert.deepEqual(problems, []);
  } finally {
    server.close();
  }
});

test("every internal link, stylesheet and script resolves, fragments included", () => {
  const idsOf = new Map();
  const ids = (file) => {
    if (!idsOf.has(file)) {
      const html = fs.readFileSync(file, "utf8");
      idsOf.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    }
    return idsOf.get(file);
  };
  const broken = [];
  let checked = 0;
  let external = 0;
  for (const [f, s] of seen) {
    for (const t of s.links) {
      const u = new URL(t);
      if (u.protocol === "https:" || u.protocol === "http:") {
        external++;
        continue;
      }
      if (u.protocol === "data:") continue;
      assert.equal(u.protocol, "file:", `${rel(f)}: ${t}`);
      const target = fileURLToPath(u);
      checked++;
      if (!target.startsWith(SITE) || !fs.existsSync(target)) {
        broken.push(`${rel(f)} -> ${t}`);
        continue;
      }
      const frag = decodeURIComponent(u.hash.slice(1));
      if (frag && !ids(target).has(frag)) broken.push(`${rel(f)} -> ${t} (no id "${frag}")`);
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(checked > pages.length * 5, `only ${checked} links checked`);
  assert.ok(external > 0, "no documentation link at all");
});

test("search finds a code by its Chinese and by its English words, in every locale", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const loc of locales) {
    await page.goto(url(`${loc}/index.html`));
    assert.equal(await page.isVisible("#q"), true, `${loc}: the search box is hidden with JavaScript on`);
    for (const q of ["签名", "signature", "SIGNATURE failure", "Please check your signature"]) {
      await page.fill("#q", q);
      const hits = await page.$$eval("#results a", (as) => as.map((a) => a.getAttribute("href")));
      assert.ok(hits.includes(`${CODE}.html`), `${loc}: "${q}" finds ${hits}`);
      assert.notEqual((await page.textContent("#search-status")).trim(), "", `${loc}: "${q}": no count`);
    }
    // The words narrow: every hit of "签名" holds it somewhere.
    await page.fill("#q", "签名");
    const some = await page.$$eval("#results li", (l) => l.length);
    assert.ok(some >= 1 && some < 20, `${loc}: 签名 matches ${some}`);
    await page.fill("#q", "zzzz-no-such-word");
    assert.equal(await page.$$eval("#results li", (l) => l.length), 0);
    assert.notEqual((await page.textContent("#search-status")).trim(), "");
    // A hit opens the code's page.
    await page.fill("#q", "signature");
    await Promise.all([page.waitForURL(`**/${loc}/${CODE}.html`), page.click(`#results a[href="${CODE}.html"]`)]);
    assert.equal((await page.textContent("h1 code")).trim(), CODE);
  }
  await context.close();
});

test("the language switch keeps the code", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const from of locales) {
    for (const to of locales.filter((l) => l !== from)) {
      await page.goto(url(`${from}/${CODE}.html`));
      await Promise.all([page.waitForURL(`**/${to}/${CODE}.html`), page.click(`header a[hreflang="${to}"]`)]);
      assert.equal((await page.textContent("h1 code")).trim(), CODE);
      assert.equal(await page.getAttribute(`header a[hreflang="${to}"]`, "aria-current"), "page");
    }
  }
  await context.close();
  // Every page's switch names the same file in every locale.
  const bad = [];
  for (const f of pages.filter((f) => rel(f).includes("/"))) {
    const [, name] = rel(f).split("/");
    const html = fs.readFileSync(f, "utf8");
    const hrefs = [...html.matchAll(/<a href="([^"]+)" lang="[^"]+" hreflang="[^"]+"/g)].map((m) =>
      m[1].replaceAll("&#x2f;", "/"),
    );
    const want = locales.map((l) => `../${l}/${name}`);
    if (JSON.stringify(hrefs.sort()) !== JSON.stringify(want.sort())) bad.push(`${rel(f)}: ${hrefs}`);
  }
  assert.deepEqual(bad, []);
});

test("with JavaScript off, code pages show their text and the home page lists every code", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const bad = [];
  await forEachPage(context, codePages, async ({ page }, f) => {
    await page.goto(pathToFileURL(f).href);
    const code = path.basename(f, ".html");
    const got = await page.evaluate(() => ({
      h1: document.querySelector("h1 code")?.innerText.trim(),
      lead: document.querySelector("p.lead")?.innerText.trim() ?? "",
      messages: document.querySelectorAll("dl.messages dd").length,
      example: document.querySelector("#example ~ pre code")?.innerText ?? "",
    }));
    if (got.h1 !== code) bad.push(`${rel(f)}: h1 ${got.h1}`);
    if (got.lead.length === 0) bad.push(`${rel(f)}: no message`);
    if (got.messages < locales.length) bad.push(`${rel(f)}: ${got.messages} messages`);
    if (!got.example.includes(`"Code": "${code}"`)) bad.push(`${rel(f)}: no example`);
  });
  assert.deepEqual(bad, []);
  const page = await context.newPage();
  for (const loc of locales) {
    await page.goto(url(`${loc}/index.html`));
    assert.equal(await page.isVisible("#search"), false, "the search form needs JavaScript: hidden without it");
    const rows = await page.$$eval("tbody th a", (as) => as.map((a) => a.getAttribute("href")));
    const want = codePages.filter((f) => rel(f).startsWith(`${loc}/`)).map((f) => path.basename(f));
    assert.deepEqual(rows.sort(), want.sort());
  }
  await context.close();
});

test("pages are accessible: lang, one h1, headings in order, visible focus, axe (WCAG 2 AA)", async () => {
  const problems = [];
  for (const [f, s] of seen) {
    const hs = s.headings;
    const h1 = hs.filter((l) => l === 1).length;
    if (!s.lang) problems.push(`${rel(f)}: no lang`);
    if (h1 !== 1 || hs[0] !== 1) problems.push(`${rel(f)}: ${h1} h1, first heading h${hs[0]}`);
    if (hs.some((l, i) => i > 0 && l > hs[i - 1] + 1)) problems.push(`${rel(f)}: a heading skips a level`);
    if (s.emptyLang) problems.push(`${rel(f)}: an empty lang`);
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  // The keyboard: the first Tab reaches the skip link, shown with an outline.
  await page.goto(url(`en-US/${CODE}.html`));
  await page.keyboard.press("Tab");
  const focus = await page.evaluate(() => {
    const e = document.activeElement;
    const s = getComputedStyle(e);
    const r = e.getBoundingClientRect();
    return { cls: e.className, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), seen: r.width > 0 && r.left >= 0 };
  });
  assert.equal(focus.cls, "skip");
  assert.ok(focus.outline !== "none" && focus.width >= 2 && focus.seen, JSON.stringify(focus));
  // axe-core on the root and on a page of every kind in en-US and zh-CN (the
  // chrome's two languages); an overlay locale's code page too.
  const sample = ["index.html"].concat(
    ...locales.map((l) =>
      ["en-US", "zh-CN"].includes(l)
        ? [`${l}/index.html`, `${l}/${CODE}.html`, `${l}/translation-coverage.html`]
        : [`${l}/${CODE}.html`],
    ),
  );
  for (const r of sample) {
    await page.goto(url(r));
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(() =>
      window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      }),
    );
    for (const v of result.violations) {
      problems.push(`${r}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target).join(" ")}`);
    }
  }
  await context.close();
  assert.deepEqual(problems, [], problems.join("\n"));
});

test("the HTML is valid (html-validate, recommended rules)", async () => {
  const validator = new HtmlValidate({
    extends: ["html-validate:recommended"],
    rules: {
      // A code page's title is its code and the site's name, and some codes
      // are long (InvalidParameter.OneOfAccountNameAndAccountPasswordIsEmpty).
      "long-title": "off",
    },
  });
  const report = [];
  for (const f of pages) {
    const r = await validator.validateFile(f);
    if (!r.valid) {
      for (const res of r.results) {
        for (const m of res.messages) report.push(`${rel(f)}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
      }
    }
  }
  fs.writeFileSync(path.join(OUT, "html-validate.txt"), report.join("\n") + "\n");
  assert.deepEqual(report.slice(0, 20), [], `${report.length} problems; all in ${OUT}/html-validate.txt`);
});

test("screenshots of the home page and of a code page in every locale, and of a search", async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const shots = path.join(OUT, "screenshots");
  fs.mkdirSync(shots, { recursive: true });
  for (const loc of locales) {
    for (const [name, r, full] of [
      ["home", `${loc}/index.html`, false],
      [CODE, `${loc}/${CODE}.html`, true],
    ]) {
      await page.goto(url(r));
      const file = path.join(shots, `${loc}-${name}.png`);
      await page.screenshot({ path: file, fullPage: full });
      assert.ok(fs.statSync(file).size > 10_000, `${file} is nearly empty`);
    }
  }
  // The search, as a reader uses it (docs/site-search.png in the README).
  await page.goto(url("en-US/index.html"));
  await page.fill("#q", "签名");
  await page.locator("#search").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, "en-US-search.png") });
  await context.close();
});

test("a code page stays small: it never carries the whole catalog", () => {
  const sizes = codePages.map((f) => [rel(f), fs.statSync(f).size]).sort((a, b) => b[1] - a[1]);
  const total = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const [biggest, size] = sizes[0];
  fs.writeFileSync(path.join(OUT, "sizes.txt"), `total ${total} bytes in ${files.length} files\nlargest code page ${biggest} ${size} bytes\n`);
  assert.ok(size < 32 * 1024, `${biggest} is ${size} bytes`);
  // Each code page names only itself, its parent and its children among the
  // other codes: far fewer than the catalog's.
  const all = new Set(codePages.map((f) => path.basename(f, ".html")));
  for (const f of codePages.filter((f) => rel(f).startsWith("en-US/"))) {
    const html = fs.readFileSync(f, "utf8");
    const named = [...all].filter((c) => html.includes(`href="${c}.html"`));
    assert.ok(named.length < all.size / 2, `${rel(f)} links ${named.length} codes`);
  }
});
