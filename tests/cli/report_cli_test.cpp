// `parley report`: one self-contained, deterministic HTML brief with every
// scenario string escaped. The browser test (scripts/browser_test.py) opens
// the briefs in Chromium; these tests check the text itself.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "cli_test_support.h"
#include "test_files.h"

namespace parley::report_cli_test {
namespace {

using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;

// Two actors on one 0-100 issue; every string a reader could abuse.
constexpr const char* kHostile = R"(parley: 1
id: hostile
name: "<script>alert('name')</script> & co"
description: "Will \"A\" <b>win</b>?"
as_of: "2024-01-01"
actors:
  - {id: A, name: "<img src=x onerror=alert(1)>", role: parent_state, capability: 2}
  - {id: B, name: "B's side", role: de_facto_authority, capability: 1}
issues:
  - id: status
    name: "Status </svg><script>x</script>"
    scale: {min: 0, max: 100, min_label: "full <control>", max_label: "independence & more"}
stances:
  - {actor: A, issue: status, position: 10, salience: 80, red_line: [0, 40]}
  - {actor: B, issue: status, position: 100, salience: 60}
uncertainty:
  position: {sd: 5}
)";

TEST(ReportCli, TheSameSeedGivesAByteIdenticalBriefWhateverTheThreadCount) {
  TempDir dir;
  const auto one = RunCli({"report", "lachin-2023", "--runs", "20", "-o", dir.Path("a.html")});
  const auto two =
      RunCli({"report", "lachin-2023", "--runs", "20", "--threads", "2", "-o", dir.Path("b.html")});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  const std::string first = ReadFile(dir.Path("a.html"));
  EXPECT_GT(first.size(), 10000u);
  EXPECT_EQ(first, ReadFile(dir.Path("b.html")));
}

TEST(ReportCli, EveryScenarioStringIsEscaped) {
  TempDir dir;
  const auto result = RunCli({"report", dir.Write("h.yaml", kHostile), "--runs", "10"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.find("<script"), std::string::npos);
  EXPECT_EQ(result.out.find("<img"), std::string::npos);
  EXPECT_EQ(result.out.find("<b>win"), std::string::npos);
  EXPECT_EQ(result.out.find("</svg><script"), std::string::npos);
  EXPECT_NE(result.out.find("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; &amp; co"),
            std::string::npos);
  EXPECT_NE(result.out.find("full &lt;control&gt;"), std::string::npos);
}

TEST(ReportCli, TheBriefAsksForNothingOutsideItself) {
  const auto result = RunCli({"report", "georgia-2018", "--runs", "10"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  for (const char* fetch : {"<script", "src=", "href=", "url(", "@import", "<link", "<iframe"}) {
    EXPECT_EQ(result.out.find(fetch), std::string::npos) << fetch;
  }
  EXPECT_NE(result.out.find("content=\"default-src 'none'; style-src 'unsafe-inline'\""),
            std::string::npos);
  EXPECT_NE(result.out.find("@page{size:A4"), std::string::npos);
}

TEST(ReportCli, EveryChartCountsTheMarksItDraws) {
  const auto result = RunCli({"report", "lachin-blockade-2022", "--runs", "10"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::regex chart("<svg class=\"chart\"[^>]*data-marks=\"(\\d+)\">(.*?)</svg>");
  std::size_t charts = 0;
  for (std::sregex_iterator it(result.out.begin(), result.out.end(), chart), end; it != end; ++it) {
    const std::string body = (*it)[2];
    std::size_t marks = 0;
    for (std::size_t at = body.find("class=\"mark\""); at != std::string::npos;
         at = body.find("class=\"mark\"", at + 1)) {
      ++marks;
    }
    EXPECT_EQ(std::to_string(marks), (*it)[1].str());
    EXPECT_GT(marks, 0u);
    ++charts;
  }
  // Three issues: an issue chart each, a trajectory each (eum iterates), the
  // timeline, a sensitivity chart per issue that moves.
  EXPECT_GE(charts, 7u);
}

TEST(ReportCli, PositionsSitWhereTheScaleSaysAndTheBottomLineNamesTheForecast) {
  TempDir dir;
  const auto result = RunCli({"report", dir.Write("h.yaml", kHostile), "--model", "weighted_median",
                              "--focus-model", "weighted_median", "--runs", "10"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  // The plot spans x = 150 to 590 for 0 to 100: A at 10 is at 194, B at 100 at 590.
  EXPECT_NE(result.out.find("<circle class=\"mark\" cx=\"194.0\""), std::string::npos);
  EXPECT_NE(result.out.find("<circle class=\"mark\" cx=\"590.0\""), std::string::npos);
  // Weighted median: A weighs 2 x 0.8 = 1.6 against B's 1 x 0.6, so A's 10.
  EXPECT_NE(result.out.find("one model puts the outcome at 10, close to \u201c"
                            "full &lt;control&gt;\u201d (0)"),
            std::string::npos);
}

TEST(ReportCli, AnOutputItCannotWriteIsAnErrorAndLeavesNoFile) {
  TempDir dir;
  const std::string path = dir.Path("missing/brief.html");
  const auto result = RunCli({"report", "syria-astana-2017", "--runs", "5", "-o", path});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("missing"), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(ReportCli, AScenarioWithoutUncertaintySaysSoInsteadOfDrawingIntervals) {
  const auto result = RunCli({"report", "syria-astana-2017", "--runs", "5"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("No input is uncertain, so there is no interval."), std::string::npos);
  EXPECT_NE(result.out.find("there is no variance to apportion"), std::string::npos);
}

}  // namespace
}  // namespace parley::report_cli_test
