// PrivateFolder: a fresh 0700 folder of this process's own, where files are built before they are renamed into place.
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>

#include "util/folder.h"

namespace crampwatch {

/// A folder `.crampwatch-<pid>-XXXXXX` made in `parent` by mkdtemp: a name no
/// entry had, mode 0700 whatever the umask. No other user can enter it or
/// plant anything in it, so files made in it (by descriptor, or through
/// folder().DescriptorPath()) are ours alone until renamed into `parent`.
/// On a shared file system it is on the same file system as `parent`, so
/// such a rename is atomic.
class PrivateFolder {
 public:
  /// Throws Error(kCannotCreate) naming `parent` and the cause.
  explicit PrivateFolder(const Folder& parent);
  /// Removes the regular files left in it, then the folder itself if its name
  /// in the parent still names it. Never throws.
  ~PrivateFolder();
  PrivateFolder(const PrivateFolder&) = delete;
  PrivateFolder& operator=(const PrivateFolder&) = delete;

  const Folder& folder() const { return folder_; }

 private:
  Folder parent_;
  std::string name_;
  Folder folder_;
};

/// The process id in a PrivateFolder's name, or 0 when `name` is not one.
pid_t OwnerOfPrivateFolder(std::string_view name);

/// Removes what killed processes left in `parent`: each PrivateFolder whose
/// process is gone loses its regular files, then goes if that emptied it.
/// Touches nothing else: no entry named otherwise, no link (never followed),
/// no folder of another user's or not 0700, nothing below a folder inside.
/// Never throws.
void RemoveStalePrivateFolders(const Folder& parent);

}  // namespace crampwatch
