// DigitsJsonReader with arbitrary bytes as 0.json; 1.json .. 9.json hold one valid digit each.
#include "FuzzFile.h"

#include "common/InputError.h"
#include "data/DigitsJsonReader.h"

#include <QByteArray>

namespace {

void writeValidDigits()
{
    QByteArray oneDigit = "{\"data\":[";
    for (int pixel = 0; pixel < 28 * 28; ++pixel)
        oneDigit += pixel == 0 ? "0.5" : ",0";
    oneDigit += "]}";
    for (int digit = 1; digit <= 9; ++digit)
        genlab::fuzz::writeInput(QStringLiteral("%1.json").arg(digit),
                                 reinterpret_cast<const uint8_t*>(oneDigit.constData()),
                                 size_t(oneDigit.size()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool ready = (writeValidDigits(), true);
    (void)ready;
    genlab::fuzz::writeInput(QStringLiteral("0.json"), data, size);
    using genlab::data::DigitsJsonReader;
    const QString folder = genlab::fuzz::scratchFolder().path();
    try {
        DigitsJsonReader::count(folder);
    } catch (const genlab::InputError&) {
    }
    try {
        DigitsJsonReader::read(folder);
    } catch (const genlab::InputError&) {
    }
    return 0;
}
