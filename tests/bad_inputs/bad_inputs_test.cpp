// The bad-input catalogue: every file in tests/bad_inputs/ is a hostile or
// broken input, and catalogue.tsv says what `parley convert FILE --to json`
// must answer: the exit code and the exact message. None may abort, hang or
// write output. docs/errors.md lists the same cases for users.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/app.h"

namespace parley::bad_inputs_test {
namespace {

const std::string kFolder = std::string(PARLEY_SOURCE_DIR) + "/tests/bad_inputs/";

struct Case {
  std::string file;     // in tests/bad_inputs/
  int exit_code = 0;    // what parley must return
  std::string message;  // stderr after "parley: <path>", e.g. ":3: actor count ..."
};

std::vector<Case> ReadCatalogue() {
  std::ifstream in(kFolder + "catalogue.tsv");
  std::vector<Case> cases;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    Case entry;
    std::string code;
    std::getline(fields, entry.file, '\t');
    std::getline(fields, code, '\t');
    std::getline(fields, entry.message);
    entry.exit_code = std::stoi(code);
    cases.push_back(entry);
  }
  return cases;
}

class BadInput : public ::testing::TestWithParam<Case> {};

TEST_P(BadInput, IsRefusedWithItsMessageAndExitCode) {
  const Case& entry = GetParam();
  const std::string path = kFolder + entry.file;
  std::vector<const char*> argv = {"parley", "convert", path.c_str(), "--to", "json"};
  std::ostringstream out, err;
  const int exit_code = cli::Run(static_cast<int>(argv.size()), argv.data(), out, err);
  EXPECT_EQ(exit_code, entry.exit_code) << err.str();
  EXPECT_EQ(err.str(), "parley: " + path + entry.message + "\n");
  EXPECT_EQ(out.str(), "") << "a refused input must write nothing";
}

std::string CaseName(const ::testing::TestParamInfo<Case>& info) {
  std::string name = info.param.file;
  for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Catalogue, BadInput, ::testing::ValuesIn(ReadCatalogue()), CaseName);

TEST(BadInputCatalogue, ListsEveryFileInTheFolderAndHasSixtyOrMore) {
  std::set<std::string> listed;
  for (const Case& entry : ReadCatalogue()) listed.insert(entry.file);
  std::set<std::string> present;
  for (const auto& file : std::filesystem::directory_iterator(kFolder)) {
    const std::string name = file.path().filename().string();
    if (name != "catalogue.tsv" && name != "bad_inputs_test.cpp") present.insert(name);
  }
  EXPECT_EQ(listed, present);
  EXPECT_GE(listed.size(), 60u);
}

}  // namespace
}  // namespace parley::bad_inputs_test
