// Walking a repository for the files cronkit reads (`cronlint DIR`, `cronlint --list-files DIR`):
// a generated tree of 10,000 files, as a monorepo mixes them (sources, docs, YAML that is not a
// CronJob, crontabs, workflows, CronJob manifests, and directories its .gitignore leaves out).
// Reported: files of the tree per second, listing only (the path decides; a file is opened only
// when its name lets content decide, or to see that a crontab is not binary) and reading the
// text of every picked file as linting does. A pre-commit hook on a large monorepo needs the
// whole walk in well under a second. Files per second are by the wall clock (the walk waits on
// the file system as much as it computes).
//
// CRONKIT_WALK_TREE=DIR keeps the tree in DIR (made if missing) for timing the tools on it:
//   CRONKIT_WALK_TREE=/tmp/tree build/tests/cronkit_bench --benchmark_filter=Walk
//   time build/bin/cronlint --list-files /tmp/tree > /dev/null

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "discover/discover.hpp"

namespace {

namespace stdfs = std::filesystem;

constexpr int tree_files = 10'000;

void write(const stdfs::path& path, std::string_view text) {
  stdfs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// 10,000 files in 100 services of 100 files each: per service 1 crontab, 1 cron.d file, 2 CronJob
// manifests, 6 other manifests, 60 sources, 10 documents and, in node_modules/ and build/ (both
// ignored), 20 more; plus the workflows of the repository.
stdfs::path make_tree() {
  const char* kept = std::getenv("CRONKIT_WALK_TREE");
  const stdfs::path root =
      kept ? stdfs::path(kept)
           : stdfs::temp_directory_path() / ("cronkit-walk-bench-" + std::to_string(getpid()));
  if (stdfs::exists(root / ".bench-tree")) return root;
  write(root / ".gitignore", "node_modules/\n/services/*/build/\n*.generated.yaml\n");
  int files = 1;
  for (int w = 0; w < 20; ++w, ++files)
    write(root / ".github/workflows" / ("job" + std::to_string(w) + ".yml"),
          "name: nightly\non:\n  schedule:\n    - cron: '" + std::to_string(w) +
              " 3 * * 1-5'\njobs:\n  run:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "
              "make nightly\n");
  const std::string filler(2000, 'x');
  for (int s = 0; files < tree_files; ++s) {
    const stdfs::path service = root / "services" / ("svc" + std::to_string(s));
    auto add = [&](const stdfs::path& path, std::string_view text) {
      if (files >= tree_files) return;
      write(service / path, text);
      ++files;
    };
    add("deploy/jobs.crontab",
        "MAILTO=ops@example.com\n17 5 * * 1-5 /opt/svc/run >> /var/log/svc 2>&1\n");
    add("etc/cron.d/cleanup", "30 4 * * * root /opt/svc/cleanup >/dev/null 2>&1\n");
    for (int k = 0; k < 2; ++k)
      add("k8s/cronjob" + std::to_string(k) + ".yaml",
          "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: svc-" + std::to_string(k) +
              "\nspec:\n  schedule: '*/15 * * * *'\n  timeZone: Etc/UTC\n  jobTemplate: {}\n");
    for (int k = 0; k < 5; ++k)
      add("k8s/deployment" + std::to_string(k) + ".yaml",
          "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc\n# " + filler + "\n");
    add("k8s/values.generated.yaml", "kind: CronJob\nspec:\n  schedule: '* * * * *'\n");
    for (int k = 0; k < 60; ++k)
      add("src/file" + std::to_string(k) + ".cpp", "// " + filler + "\nint f() { return 0; }\n");
    for (int k = 0; k < 10; ++k)
      add("docs/page" + std::to_string(k) + ".md", "# crontab\n" + filler + "\n");
    for (int k = 0; k < 10; ++k)
      add("node_modules/pkg/f" + std::to_string(k) + ".yaml", "kind: CronJob\n");
    for (int k = 0; k < 10; ++k) add("build/obj" + std::to_string(k) + ".cron", "* * * * * x\n");
  }
  write(root / ".bench-tree", "");
  return root;
}

const stdfs::path& tree() {
  static const stdfs::path root = [] {
    stdfs::path made = make_tree();
    if (!std::getenv("CRONKIT_WALK_TREE")) std::atexit([] { stdfs::remove_all(tree()); });
    return made;
  }();
  return root;
}

void walk(benchmark::State& state, bool read_text) {
  const std::string root = tree().string();
  std::size_t picked = 0;
  for (auto _ : state) {
    cronkit::discover::WalkResult result = cronkit::discover::walk(root, {.read_text = read_text});
    picked = result.files.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["picked"] = static_cast<double>(picked);
  state.SetItemsProcessed(state.iterations() * tree_files);
}

void BM_WalkListFiles(benchmark::State& state) {
  walk(state, false);
}
BENCHMARK(BM_WalkListFiles)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_WalkReadingText(benchmark::State& state) {
  walk(state, true);
}
BENCHMARK(BM_WalkReadingText)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
