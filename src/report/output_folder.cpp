#include "report/output_folder.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "util/error.h"

namespace crampwatch::report {
namespace {

std::string OctalMode(mode_t mode) {
  char text[8];
  std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
  return text;
}

// Throws unless `folder` is safe to write workbooks into; `label` names it in the message.
void CheckNotShared(const Folder& folder, const std::string& label, bool allow_shared) {
  const mode_t mode = folder.Status().st_mode;
  if (allow_shared || !IsSharedWritable(mode)) return;
  throw Error(ErrorKind::kUsage,
              label + ": other users can write in this folder (mode " + OctalMode(mode) +
                  ", no sticky bit), so they could delete or replace its workbooks; make it writable by "
                  "its owner only (chmod go-w), or set the sticky bit (chmod +t), or pass --allow-shared-out");
}

// `error` with its message prefixed by "--out ", so that it names the option.
Error AsOutError(const Error& error) { return Error(error.kind(), std::string("--out ") + error.what()); }

}  // namespace

bool IsSharedWritable(mode_t mode) { return (mode & (S_IWGRP | S_IWOTH)) != 0 && (mode & S_ISVTX) == 0; }

Folder OpenOutputFolder(const std::string& path, bool allow_shared) {
  try {
    Folder folder = Folder::OpenOrCreate(path);
    CheckNotShared(folder, "--out " + path, allow_shared);
    return folder;
  } catch (const Error& error) {
    if (error.kind() == ErrorKind::kUsage) throw;
    throw AsOutError(error);
  }
}

void CheckOutputFolder(const std::string& path, bool allow_shared) {
  struct stat entry {};
  if (lstat(path.c_str(), &entry) != 0 && errno == ENOENT) return;  // made 0700 by the report
  try {
    CheckNotShared(Folder::Open(path), "--out " + path, allow_shared);
  } catch (const Error& error) {
    if (error.kind() == ErrorKind::kUsage) throw;
    throw AsOutError(error);
  }
}

Folder OpenReportSubfolder(const Folder& out, const std::string& name, bool allow_shared) {
  bool created = false;
  Folder folder = out.OpenOrCreateChild(name, &created);
  if (!created && folder.Status().st_uid != geteuid()) {
    throw Error(ErrorKind::kCannotCreate,
                folder.path() + ": another user owns this folder; crampwatch writes workbooks only into folders "
                                "of its own user");
  }
  CheckNotShared(folder, folder.path(), allow_shared);
  return folder;
}

}  // namespace crampwatch::report
