#pragma once

#include <QByteArray>
#include <QString>

namespace genlab::run {

// Checks a checkpoint's zip container before LibTorch reads it. LibTorch 1.13 builds its zip
// reader (miniz) without CRC-32 checks and parses the TorchScript source stored in the file;
// a few damaged bytes there crash its parser (fuzz/known-crashes). This walks the central
// directory, checks every entry's offsets and sizes against the file, and recomputes every
// entry's CRC-32 (inflating the compressed ones), so that accidental damage is reported as
// InputError before LibTorch sees the bytes. A file crafted with matching CRCs still reaches
// LibTorch: this is a check for damage, not a defence against a malicious file.
class CheckpointIntegrity
{
public:
    // Throws InputError "<origin>: damaged checkpoint: <what>" when the container is broken.
    static void check(const QByteArray& bytes, const QString& origin);
    // Reads the file and checks it (InputError when it cannot be read).
    static void checkFile(const QString& path);
};

} // namespace genlab::run
