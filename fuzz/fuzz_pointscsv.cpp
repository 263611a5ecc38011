// PointsCsvReader on arbitrary bytes.
#include "FuzzFile.h"

#include "common/InputError.h"
#include "data/PointsCsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = genlab::fuzz::writeInput(QStringLiteral("points.csv"), data, size);
    try {
        genlab::data::PointsCsvReader::read(path);
    } catch (const genlab::InputError&) {
    }
    return 0;
}
