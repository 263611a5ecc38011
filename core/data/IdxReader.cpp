#include "IdxReader.h"

#include "common/InputError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>

namespace genlab::data {

namespace {

// A generous limit that no real IDX image reaches; with counts below 2^32 (32-bit header
// fields) it keeps count * rows * cols far from overflowing 64 bits whatever the header says.
constexpr int64_t kMaxSide = 1 << 14;
// The payload is read in pieces of this size, so memory grows with the bytes that really
// arrive and never with what the header claims.
constexpr int64_t kChunkBytes = 1 << 20;

// One IDX file opened through zlib, which reads raw files transparently as well.
class IdxStream
{
public:
    explicit IdxStream(const QString& path) : m_path(path)
    {
        m_handle = gzopen(QFile::encodeName(path).constData(), "rb");
        if (!m_handle)
            throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot open: %2")
                                 .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        gzbuffer(m_handle, 1 << 17);
    }
    ~IdxStream() { gzclose(m_handle); }
    IdxStream(const IdxStream&) = delete;
    IdxStream& operator=(const IdxStream&) = delete;

    const QString& path() const { return m_path; }

    // Reads up to `size` bytes; fewer only at the end of the data. A damaged compressed stream
    // that simply stops counts as an early end (the caller reports it as truncated).
    int64_t read(uint8_t* into, int64_t size)
    {
        int64_t done = 0;
        while (done < size && !m_ended) {
            const unsigned piece = unsigned(std::min<int64_t>(size - done, kChunkBytes));
            const int got = gzread(m_handle, into + done, piece);
            if (got < 0) {
                int code = Z_OK;
                const char* message = gzerror(m_handle, &code);
                if (code == Z_BUF_ERROR) { // "unexpected end of file": a cut-off .gz
                    m_ended = true;
                    m_cutOff = true;
                    break;
                }
                // zlib prefixes its message with the path; say the path once.
                QString problem = QString::fromLatin1(message);
                const QString prefix = m_path + QStringLiteral(": ");
                if (problem.startsWith(prefix))
                    problem = problem.mid(prefix.size());
                throw InputError(QCoreApplication::translate("genlab::Errors", "%1: corrupt gzip data: %2")
                                     .arg(m_path, problem));
            }
            if (got == 0)
                m_ended = true;
            done += got;
        }
        return done;
    }

    bool compressed() const { return gzdirect(m_handle) == 0; }
    int64_t compressedSize() const { return QFileInfo(m_path).size(); }
    int64_t uncompressedSizeHint() const
    {
        QFile file(m_path);
        uint8_t trailer[4] = {0, 0, 0, 0};
        if (!file.open(QIODevice::ReadOnly) || file.size() < 4 || !file.seek(file.size() - 4) ||
            file.read(reinterpret_cast<char*>(trailer), 4) != 4)
            return 0;
        return int64_t(uint32_t(trailer[0]) | (uint32_t(trailer[1]) << 8) | (uint32_t(trailer[2]) << 16) |
                       (uint32_t(trailer[3]) << 24));
    }
    bool cutOff() const { return m_cutOff; }

private:
    QString m_path;
    gzFile m_handle = nullptr;
    bool m_ended = false;
    bool m_cutOff = false;
};

uint32_t bigEndian32(const uint8_t* bytes)
{
    return (uint32_t(bytes[0]) << 24) | (uint32_t(bytes[1]) << 16) | (uint32_t(bytes[2]) << 8) |
           uint32_t(bytes[3]);
}

QString hex32(uint32_t value)
{
    return QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0'));
}

// Reads magic and dimensions, checking both against what a file of this kind must have.
IdxHeader readHeaderFrom(IdxStream& stream, int expectedDimensions, uint32_t expectedMagic)
{
    uint8_t magic[4];
    if (stream.read(magic, 4) < 4)
        throw InputError(QCoreApplication::translate("genlab::Errors",
                                                     "%1: too short to be an IDX file (fewer than 4 bytes)")
                             .arg(stream.path()));
    const uint32_t value = bigEndian32(magic);
    if (magic[0] != 0 || magic[1] != 0)
        throw InputError(QCoreApplication::translate("genlab::Errors",
                                                     "%1: not an IDX file (magic number %2, expected %3)")
                             .arg(stream.path(), hex32(value), hex32(expectedMagic)));
    if (magic[2] != 0x08)
        throw InputError(
            QCoreApplication::translate("genlab::Errors",
                                        "%1: IDX data type 0x%2 is not supported (only unsigned bytes, 0x08)")
                .arg(stream.path())
                .arg(magic[2], 2, 16, QLatin1Char('0')));
    IdxHeader header;
    header.dimensionCount = magic[3];
    if (expectedDimensions > 0 && header.dimensionCount != expectedDimensions)
        throw InputError(
            QCoreApplication::translate(
                "genlab::Errors", "%1: has %2 dimensions (magic number %3), expected %4 (magic number %5)")
                .arg(stream.path())
                .arg(header.dimensionCount)
                .arg(hex32(value))
                .arg(expectedDimensions)
                .arg(hex32(expectedMagic)));
    uint8_t sizes[4 * 255];
    const int64_t sizeBytes = 4 * int64_t(header.dimensionCount);
    if (stream.read(sizes, sizeBytes) < sizeBytes)
        throw InputError(
            QCoreApplication::translate("genlab::Errors",
                                        "%1: truncated inside the header (%2 dimension sizes expected)")
                .arg(stream.path())
                .arg(header.dimensionCount));
    for (int d = 0; d < header.dimensionCount; ++d)
        header.dimensions.push_back(int64_t(bigEndian32(sizes + 4 * d)));
    return header;
}

// Reads the payload: exactly `expected` bytes must be there, no fewer, no more. Memory grows
// with the data actually read (in chunks), capped at what the header promised.
template <typename Bytes>
Bytes readPayload(IdxStream& stream, int64_t expected, int64_t headerBytes,
                  const std::function<QString(int64_t)>& describeShortfall)
{
    Bytes bytes;
    if (!stream.compressed()) {
        // A raw file tells its size up front: check before allocating.
        const int64_t available = QFileInfo(stream.path()).size() - headerBytes;
        if (available < expected)
            throw InputError(QCoreApplication::translate("genlab::Errors", "%1: truncated: %2")
                                 .arg(stream.path(), describeShortfall(available)));
        if (available > expected)
            throw InputError(
                QCoreApplication::translate("genlab::Errors",
                                            "%1: inconsistent sizes: the header accounts for %2 bytes of "
                                            "data but the file holds %3")
                    .arg(stream.path())
                    .arg(expected)
                    .arg(available));
        bytes.resize(size_t(expected));
        const int64_t got = stream.read(bytes.data(), expected);
        if (got < expected)
            throw InputError(QCoreApplication::translate("genlab::Errors", "%1: truncated: %2")
                                 .arg(stream.path(), describeShortfall(got)));
        return bytes;
    }
    int64_t got = 0;
    // One byte beyond the promise is enough to tell that there is more than promised.
    const int64_t wanted = expected + 1;
    // gzip's trailer states the uncompressed size (mod 2^32): a hint that lets the buffer be
    // allocated once. It is trusted no further than the header and deflate's best ratio allow.
    const int64_t hint =
        std::min({wanted, stream.uncompressedSizeHint() + 1, stream.compressedSize() * 1032});
    if (hint > 0)
        bytes.reserve(size_t(hint));
    while (got < wanted) {
        const int64_t piece = std::min(kChunkBytes, wanted - got);
        if (int64_t(bytes.size()) < got + piece) {
            const int64_t grown = std::max<int64_t>(got + piece, int64_t(bytes.capacity()));
            bytes.resize(size_t(std::min(grown, wanted)));
        }
        const int64_t n = stream.read(bytes.data() + got, piece);
        got += n;
        if (n < piece)
            break;
    }
    if (got < expected)
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: truncated: %2%3")
                             .arg(stream.path(), describeShortfall(got),
                                  stream.cutOff() ? QCoreApplication::translate(
                                                        "genlab::Errors", " (the compressed data ends early)")
                                                  : QString()));
    if (got > expected)
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "%1: inconsistent sizes: the header accounts for %2 bytes of "
                                               "data but the file holds more")
                             .arg(stream.path())
                             .arg(expected));
    bytes.resize(size_t(expected));
    return bytes;
}

} // namespace

IdxHeader IdxReader::readHeader(const QString& path)
{
    IdxStream stream(path);
    return readHeaderFrom(stream, 0, kImagesMagic);
}

IdxImages IdxReader::readImages(const QString& path)
{
    IdxStream stream(path);
    const IdxHeader header = readHeaderFrom(stream, 3, kImagesMagic);
    IdxImages images;
    images.count = header.dimensions[0];
    images.rows = header.dimensions[1];
    images.cols = header.dimensions[2];
    if (images.count == 0)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: holds no images (the header says 0)")
                .arg(path));
    if (images.rows < 1 || images.cols < 1 || images.rows > kMaxSide || images.cols > kMaxSide)
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "%1: image size %2x%3 is not plausible (each side 1..%4)")
                             .arg(path)
                             .arg(images.rows)
                             .arg(images.cols)
                             .arg(kMaxSide));
    const int64_t imageBytes = images.rows * images.cols;
    const int64_t expected = images.count * imageBytes; // < 2^60: no overflow
    auto shortfall = [&](int64_t available) {
        return QCoreApplication::translate("genlab::Errors",
                                           "header says %1 images of %2x%3 but the file holds %4")
            .arg(images.count)
            .arg(images.rows)
            .arg(images.cols)
            .arg(available / imageBytes);
    };
    images.pixels = readPayload<LargeBytes>(stream, expected, 16, shortfall);
    return images;
}

std::vector<uint8_t> IdxReader::readLabels(const QString& path, int classCount)
{
    IdxStream stream(path);
    const IdxHeader header = readHeaderFrom(stream, 1, kLabelsMagic);
    const int64_t count = header.dimensions[0];
    if (count == 0)
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: holds no labels (the header says 0)")
                .arg(path));
    auto shortfall = [&](int64_t available) {
        return QCoreApplication::translate("genlab::Errors", "header says %1 labels but the file holds %2")
            .arg(count)
            .arg(available);
    };
    std::vector<uint8_t> labels = readPayload<std::vector<uint8_t>>(stream, count, 8, shortfall);
    for (size_t i = 0; i < labels.size(); ++i)
        if (labels[i] >= classCount)
            throw InputError(
                QCoreApplication::translate("genlab::Errors", "%1: label %2 at index %3 is outside 0..%4")
                    .arg(path)
                    .arg(labels[i])
                    .arg(i)
                    .arg(classCount - 1));
    return labels;
}

} // namespace genlab::data
