// Private files and folders: patient data is readable by its owner only, whatever the umask.
#pragma once

#include <string>

namespace crampwatch {

/// Creates `path` empty with mode 0600 if it does not exist; if it exists,
/// leaves its content alone. Throws Error(kCannotCreate) naming the path.
void CreatePrivateFile(const std::string& path);

/// Creates the folder `path` (and missing parents) with mode 0700 if it does
/// not exist. Throws Error(kCannotCreate) naming the path.
void CreatePrivateDirectory(const std::string& path);

}  // namespace crampwatch
