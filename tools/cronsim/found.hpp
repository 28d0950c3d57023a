#pragma once
// cronsim's schedules found in workflows and manifests (lib/embedded): each simulated on its own,
// in its system's dialect and in the zone its file gives it, never in a zone guessed for it.
//
// The zone of a schedule: the file's (`timezone:`, `spec.timeZone`), else a `TZ=` prefix in the
// schedule, else the system's own (GitHub Actions: UTC), else --tz or cronkit.toml's `tz` (for a
// CronJob: the zone the kube-controller-manager runs in, which only the user knows). A CronJob
// with none of these is reported on standard error and not listed.

#include <optional>
#include <string>
#include <vector>

#include <date/tz.h>

#include "common/tool.hpp"
#include "embedded/embedded.hpp"
#include "sim/render.hpp"
#include "sim/simulate.hpp"

namespace cronkit::cronsim {

struct FoundFirings {
  std::vector<SimSource> sources;
  std::vector<Firing> firings;  // job: index into sources; sorted by instant
  // The one zone every listed schedule runs in (for showing times when no zone was asked for).
  std::optional<const date::time_zone*> common_zone;
  bool invalid = false;  // a file is not YAML, or a schedule its system rejects
};

// Adds the schedules of the file at `path` of `kind`: the file's problems and the schedules'
// errors go to standard error at their places. `zone`: --tz or cronkit.toml's, nothing if neither.
void add_found_file(const std::string& path, const std::string& text, embedded::FileKind kind,
                    const date::time_zone* zone, const SimOptions& window, FoundFirings& found);

}  // namespace cronkit::cronsim
