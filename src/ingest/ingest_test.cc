#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "dyad/clean.h"
#include "dyad/ingest.h"

namespace dyad::ingest {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/dyad-ingest-XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::string p = path_ + "/" + name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
  }

 private:
  std::string path_;
};

std::vector<Result<Document>> ReadAll(const std::string& path, Options o = {}) {
  std::vector<Result<Document>> out;
  Status s = ReadPath(path, o, [&](Result<Document> d) { out.push_back(std::move(d)); });
  if (!s) out.push_back(s);
  return out;
}

TEST(Ingest, PlainTextTakesMetadataFromOptions) {
  TempDir dir;
  auto path = dir.Write("story.txt", "Iran accused the United States of meddling.\n");
  Options o;
  o.date = "2026-01-16";
  o.source = "Wire";
  auto docs = ReadAll(path, o);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].ok()) << docs[0].error();
  EXPECT_EQ(docs[0]->id, "story");
  EXPECT_EQ(docs[0]->date, "2026-01-16");
  EXPECT_EQ(docs[0]->source, "Wire");
}

TEST(Ingest, RejectsInvalidUtf8NamingTheFile) {
  TempDir dir;
  auto path = dir.Write("bad.txt", "Tehran said \xC3\x28 nothing.");
  auto docs = ReadAll(path);
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_FALSE(docs[0].ok());
  EXPECT_NE(docs[0].error().find("bad.txt"), std::string::npos);
  EXPECT_NE(docs[0].error().find("invalid UTF-8"), std::string::npos);
}

TEST(Ingest, RejectsEmptyAndBinaryFiles) {
  TempDir dir;
  auto empty = ReadAll(dir.Write("empty.txt", "  \n\n"));
  ASSERT_FALSE(empty[0].ok());
  EXPECT_NE(empty[0].error().find("empty document"), std::string::npos);
  std::string binary("\x7f" "ELF\x02\x01\x01\0\0\0", 10);
  auto bin = ReadAll(dir.Write("a.out.txt", binary));
  ASSERT_FALSE(bin[0].ok());
  EXPECT_NE(bin[0].error().find("binary"), std::string::npos);
}

TEST(Ingest, RejectsUnknownExtension) {
  TempDir dir;
  auto docs = ReadAll(dir.Write("story.pdf", "%PDF-1.4"));
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_FALSE(docs[0].ok());
  EXPECT_NE(docs[0].error().find("unknown file type"), std::string::npos);
}

TEST(Ingest, JsonLinesGoOnPastABadLine) {
  TempDir dir;
  auto path = dir.Write("feed.jsonl",
                        "{\"id\":\"a\",\"date\":\"2026-01-16\",\"source\":\"AFP\",\"text\":\"Russia met Iran.\"}\n"
                        "{\"id\":\"b\",\"text\": oops}\n"
                        "\n"
                        "{\"id\":\"c\",\"date\":\"2026-01-17T10:00:00Z\",\"html\":\"<p>Israel struck Gaza.</p>\"}\n"
                        "{\"id\":\"d\"}\n");
  auto docs = ReadAll(path);
  ASSERT_EQ(docs.size(), 4u);
  ASSERT_TRUE(docs[0].ok());
  EXPECT_EQ(docs[0]->id, "a");
  EXPECT_EQ(docs[0]->source, "AFP");
  ASSERT_FALSE(docs[1].ok());
  EXPECT_NE(docs[1].error().find("feed.jsonl:2"), std::string::npos);
  EXPECT_NE(docs[1].error().find("malformed JSON"), std::string::npos);
  ASSERT_TRUE(docs[2].ok()) << docs[2].error();
  EXPECT_EQ(docs[2]->date, "2026-01-17");
  EXPECT_EQ(docs[2]->raw, "Israel struck Gaza.");
  ASSERT_FALSE(docs[3].ok());
  EXPECT_NE(docs[3].error().find("feed.jsonl:5"), std::string::npos);
}

TEST(Ingest, OverlongJsonLineIsRefusedWithoutStoppingTheFile) {
  TempDir dir;
  std::string huge = "{\"id\":\"big\",\"text\":\"" + std::string(3 << 20, 'a') + "\"}\n";
  auto path = dir.Write("big.jsonl", huge + "{\"id\":\"ok\",\"text\":\"Iran met Iraq.\"}\n");
  Options o;
  o.max_document_bytes = 1 << 20;
  auto docs = ReadAll(path, o);
  ASSERT_EQ(docs.size(), 2u);
  ASSERT_FALSE(docs[0].ok());
  EXPECT_NE(docs[0].error().find("big.jsonl:1: line too long"), std::string::npos);
  ASSERT_TRUE(docs[1].ok());
}

TEST(Ingest, HtmlKeepsTheArticleAndDropsChrome) {
  std::string html = R"(<html><head><title>Talks in Doha</title>
    <meta property="article:published_time" content="2026-02-03T08:00:00Z">
    <script>var x = "Iran attacked";</script></head>
    <body><nav>Home | World | Sport</nav>
    <article><h1>Talks in Doha</h1><p>Qatar hosted   talks between
    the United States and the Taliban.</p><p>Both sides said progress was made.</p></article>
    <footer>Copyright 2026</footer></body></html>)";
  auto doc = FromHtml(html, "page.html", {});
  ASSERT_TRUE(doc.ok()) << doc.error();
  EXPECT_EQ(doc->title, "Talks in Doha");
  EXPECT_EQ(doc->date, "2026-02-03");
  EXPECT_EQ(doc->raw,
            "Talks in Doha\n\nQatar hosted talks between the United States and the Taliban.\n\n"
            "Both sides said progress was made.");
}

TEST(Ingest, DeeplyNestedHtmlDoesNotOverflow) {
  std::string html;
  for (int i = 0; i < 1990; ++i) html += "<div>";  // just under kMaxHtmlDepth
  html += "<p>Egypt mediated between Israel and Hamas.</p>";
  auto doc = FromHtml(html, "deep.html", {});
  ASSERT_TRUE(doc.ok()) << doc.error();
  EXPECT_NE(doc->raw.find("Egypt mediated"), std::string::npos);
}

// Found by fuzz/html_fuzz.cc in a 10-minute run: Debian's gumbo aborted (an assertion in
// handle_in_table) on tables and text interleaved like this, killing the whole batch.
// Any markup must give a document or an error, never end the process.
TEST(Ingest, MalformedTablesDoNotAbort) {
  std::string html = "<html><body><p>Russia accused Ukraine of shelling a village.</p><table><tr><td>Ky<table><htm<<>mt>nl</p><table><tr><td>"
                     "Kyiv</tD><td>Moscow</tkers.</p><table>lea<svg>\t\tpa<title><![CDATA[[g>><]]>"
                     "tr><td>Kyiv</t#d><td>Moscow</tke.s<p/><rtable><tr><td>Kyiv</t</main>";
  for (int i = 0; i < 3; ++i) html += html;
  html += "</body></html>";  // (what follows the unclosed <title> is the title's text)
  auto doc = FromHtml(html, "tables.html", {});
  ASSERT_TRUE(doc.ok()) << doc.error();
  EXPECT_NE(doc->raw.find("Russia accused Ukraine"), std::string::npos) << doc->raw;
}

TEST(Utf8, AcceptsValidAndRejectsOverlongAndSurrogates) {
  EXPECT_TRUE(IsValidUtf8("Pezeshkian \u2013 \u201Cstrategic\u201D caf\u00e9 \U0001F600"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));           // overlong "/"
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));       // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));   // past U+10FFFF
  EXPECT_FALSE(IsValidUtf8("abc\xE2\x80"));        // truncated
}

// Found by the hostile-input suite: tree construction's time grows with the square of the
// nesting depth (gumbo: 100,000 nested <div> took 90 s), and libxml2 drops text past 2048
// levels, so deep pages are refused before parsing.
TEST(Html, NestingDepthIsBoundedBeforeParsing) {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<div class=\"a>b\">";
  deep += "<p>Russia accused Ukraine.</p>";
  EXPECT_GT(HtmlNestingDepth(deep), kMaxHtmlDepth);
  auto doc = FromHtml(deep, "deep.html", {});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error(), "deep.html: HTML nested too deeply (more than 2000 elements open at once)");
  // Closed elements, void and implicitly closed ones, comments and scripts do not count.
  std::string page = "<html><head><title><div><div></title><script>var s='<div><div>';</script></head>"
                     "<body><!-- <div><div> --><div><section><p>one<p>two<br><img src=x><li>a<li>b"
                     "<span/></section></div><div>x</div></body></html>";
  EXPECT_EQ(HtmlNestingDepth(page), 2u);
  EXPECT_TRUE(FromHtml(page, "page.html", {}).ok());
}

}  // namespace
}  // namespace dyad::ingest
