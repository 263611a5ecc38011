// IdxReader on arbitrary bytes, raw or (when they start with gzip's magic) as a .gz file.
#include "FuzzFile.h"

#include "common/InputError.h"
#include "data/IdxReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const bool gzip = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
    const QString path = genlab::fuzz::writeInput(
        gzip ? QStringLiteral("input-idx.gz") : QStringLiteral("input-idx"), data, size);
    using genlab::data::IdxReader;
    try {
        IdxReader::readHeader(path);
    } catch (const genlab::InputError&) {
    }
    try {
        IdxReader::readImages(path);
    } catch (const genlab::InputError&) {
    }
    try {
        IdxReader::readLabels(path, 10);
    } catch (const genlab::InputError&) {
    }
    return 0;
}
