// Output folders: where workbooks may go, and who else could touch them there.
#pragma once

#include <sys/types.h>

#include <string>

#include "util/folder.h"

namespace crampwatch::report {

/// Whether users other than the owner may rename or delete entries of a
/// folder of this mode: group- or world-writable without the sticky bit.
bool IsSharedWritable(mode_t mode);

/// Opens --out (`path`), creating it and missing parents 0700 when missing;
/// a link to a folder is followed (the operator chose it). Throws
/// Error(kCannotCreate, "--out <path>: not a folder") for a file or a link to
/// one, changing nothing, and Error(kUsage) for a folder that IsSharedWritable
/// unless `allow_shared`.
Folder OpenOutputFolder(const std::string& path, bool allow_shared);

/// The checks of OpenOutputFolder on an existing --out, creating nothing
/// (nothing to check when it is missing): for `run`, before any work.
void CheckOutputFolder(const std::string& path, bool allow_shared);

/// Opens the folder `name` inside --out (an ad hoc report's), creating it
/// 0700 when missing. An existing entry must be a folder of this user's, not
/// a link, and not IsSharedWritable unless `allow_shared`: another user who
/// can write --out could have made it first. Throws Error like OpenOutputFolder.
Folder OpenReportSubfolder(const Folder& out, const std::string& name, bool allow_shared);

}  // namespace crampwatch::report
