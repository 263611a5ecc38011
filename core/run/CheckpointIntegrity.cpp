#include "CheckpointIntegrity.h"

#include "common/InputError.h"

#include <QCoreApplication>
#include <QFile>

#include <zlib.h>

#include <algorithm>
#include <cstdint>

namespace genlab::run {

namespace {

constexpr uint32_t kEndOfDirectory = 0x06054b50;
constexpr uint32_t kZip64EndOfDirectory = 0x06064b50;
constexpr uint32_t kZip64Locator = 0x07064b50;
constexpr uint32_t kDirectoryEntry = 0x02014b50;
constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr uint16_t kZip64ExtraField = 0x0001;
constexpr uint16_t kStored = 0;
constexpr uint16_t kDeflated = 8;
constexpr int kEndOfDirectorySize = 22;
constexpr int kDirectoryEntrySize = 46;
constexpr int kLocalHeaderSize = 30;
// A checkpoint holds a few dozen entries per network; far more means a damaged directory.
constexpr uint64_t kMaxEntries = 1'000'000;
// deflate cannot expand data by more than about 1032:1; a larger claim is damage.
constexpr uint64_t kMaxInflationRatio = 1032;

// Little-endian reads that never leave the buffer: a read past the end is damage.
class Reader
{
public:
    Reader(const QByteArray& bytes, const QString& origin) : m_bytes(bytes), m_origin(origin) {}

    [[noreturn]] void fail(const QString& what) const
    {
        throw InputError(
            QCoreApplication::translate("genlab::Errors", "%1: damaged checkpoint: %2").arg(m_origin, what));
    }

    uint64_t size() const { return uint64_t(m_bytes.size()); }

    uint64_t read(uint64_t offset, int width, const char* what) const
    {
        if (offset > size() || uint64_t(width) > size() - offset)
            fail(QCoreApplication::translate("genlab::Errors",
                                             "%1 at byte %2 lies beyond the end of the file (%3 bytes)")
                     .arg(QCoreApplication::translate("genlab::Errors", what))
                     .arg(offset)
                     .arg(size()));
        uint64_t value = 0;
        for (int i = width - 1; i >= 0; --i)
            value = (value << 8) | uint8_t(m_bytes[qsizetype(offset) + i]);
        return value;
    }

    const uchar* data(uint64_t offset) const
    {
        return reinterpret_cast<const uchar*>(m_bytes.constData()) + offset;
    }

    void expectRange(uint64_t offset, uint64_t length, const QString& what) const
    {
        if (offset > size() || length > size() - offset)
            fail(QCoreApplication::translate("genlab::Errors",
                                             "%1 (bytes %2 to %3) lies beyond the end of the file (%4 bytes)")
                     .arg(what)
                     .arg(offset)
                     .arg(offset + length)
                     .arg(size()));
    }

private:
    const QByteArray& m_bytes;
    QString m_origin;
};

struct Entry {
    QString name;
    uint16_t method = 0;
    uint32_t crc = 0;
    uint64_t compressedSize = 0;
    uint64_t size = 0;
    uint64_t localOffset = 0;
};

// CRC-32 of an entry's bytes as stored (method 0) or after inflating them (method 8), never
// producing more than the size the directory claims.
uint32_t entryCrc(const Reader& reader, const Entry& entry, uint64_t dataOffset)
{
    if (entry.method == kStored) {
        if (entry.compressedSize != entry.size)
            reader.fail(
                QCoreApplication::translate("genlab::Errors", "entry %1 is stored but its sizes differ")
                    .arg(entry.name));
        uLong crc = crc32(0L, Z_NULL, 0);
        uint64_t done = 0;
        while (done < entry.size) {
            const uInt chunk = uInt(std::min<uint64_t>(entry.size - done, 1u << 30));
            crc = crc32(crc, reader.data(dataOffset + done), chunk);
            done += chunk;
        }
        return uint32_t(crc);
    }
    if (entry.size > entry.compressedSize * kMaxInflationRatio + 1024)
        reader.fail(
            QCoreApplication::translate("genlab::Errors", "entry %1 claims %2 bytes from %3 compressed ones")
                .arg(entry.name)
                .arg(entry.size)
                .arg(entry.compressedSize));
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        reader.fail(QCoreApplication::translate("genlab::Errors", "cannot inflate entry %1").arg(entry.name));
    stream.next_in = const_cast<Bytef*>(reader.data(dataOffset));
    stream.avail_in = uInt(std::min<uint64_t>(entry.compressedSize, UINT32_MAX));
    uLong crc = crc32(0L, Z_NULL, 0);
    uint64_t produced = 0;
    unsigned char buffer[65536];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = buffer;
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        const uint64_t got = sizeof buffer - stream.avail_out;
        produced += got;
        if (produced > entry.size)
            break;
        crc = crc32(crc, buffer, uInt(got));
        if (status == Z_BUF_ERROR && stream.avail_in == 0)
            break;
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END || produced != entry.size)
        reader.fail(QCoreApplication::translate("genlab::Errors", "entry %1 does not inflate to its %2 bytes")
                        .arg(entry.name)
                        .arg(entry.size));
    return uint32_t(crc);
}

} // namespace

void CheckpointIntegrity::check(const QByteArray& bytes, const QString& origin)
{
    const Reader reader(bytes, origin);
    if (reader.size() < uint64_t(kEndOfDirectorySize) ||
        reader.read(0, 4, QT_TRANSLATE_NOOP("genlab::Errors", "the first header")) != kLocalHeader)
        reader.fail(
            QCoreApplication::translate("genlab::Errors", "not a zip file (LibTorch checkpoints are)"));

    // The end-of-directory record is the last 22 bytes, unless a comment (up to 64 KB) follows.
    int64_t end = -1;
    const int64_t last = int64_t(reader.size()) - kEndOfDirectorySize;
    for (int64_t at = last; at >= 0 && at >= last - 65535; --at) {
        if (reader.read(uint64_t(at), 4, QT_TRANSLATE_NOOP("genlab::Errors", "the directory end")) ==
            kEndOfDirectory) {
            end = at;
            break;
        }
    }
    if (end < 0)
        reader.fail(QCoreApplication::translate("genlab::Errors", "no zip directory at the end (cut off?)"));
    uint64_t entries =
        reader.read(uint64_t(end) + 10, 2, QT_TRANSLATE_NOOP("genlab::Errors", "the entry count"));
    uint64_t directorySize =
        reader.read(uint64_t(end) + 12, 4, QT_TRANSLATE_NOOP("genlab::Errors", "the directory size"));
    uint64_t directoryOffset =
        reader.read(uint64_t(end) + 16, 4, QT_TRANSLATE_NOOP("genlab::Errors", "the directory offset"));
    if (entries == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF) {
        // ZIP64: a locator just before the record points at the 64-bit record.
        if (end < 20 ||
            reader.read(uint64_t(end) - 20, 4, QT_TRANSLATE_NOOP("genlab::Errors", "the zip64 locator")) !=
                kZip64Locator)
            reader.fail(QCoreApplication::translate("genlab::Errors", "zip64 sizes without a zip64 locator"));
        const uint64_t record = reader.read(uint64_t(end) - 20 + 8, 8,
                                            QT_TRANSLATE_NOOP("genlab::Errors", "the zip64 record offset"));
        if (reader.read(record, 4, QT_TRANSLATE_NOOP("genlab::Errors", "the zip64 record")) !=
            kZip64EndOfDirectory)
            reader.fail(
                QCoreApplication::translate("genlab::Errors", "the zip64 record at byte %1 is missing")
                    .arg(record));
        entries = reader.read(record + 32, 8, QT_TRANSLATE_NOOP("genlab::Errors", "the zip64 entry count"));
        directorySize =
            reader.read(record + 40, 8, QT_TRANSLATE_NOOP("genlab::Errors", "the zip64 directory size"));
        directoryOffset =
            reader.read(record + 48, 8, QT_TRANSLATE_NOOP("genlab::Errors", "the zip64 directory offset"));
    }
    if (entries == 0 || entries > kMaxEntries)
        reader.fail(
            QCoreApplication::translate("genlab::Errors", "the directory claims %1 entries").arg(entries));
    reader.expectRange(directoryOffset, directorySize,
                       QCoreApplication::translate("genlab::Errors", "the directory"));

    uint64_t at = directoryOffset;
    for (uint64_t i = 0; i < entries; ++i) {
        if (reader.read(at, 4, QT_TRANSLATE_NOOP("genlab::Errors", "a directory entry")) != kDirectoryEntry)
            reader.fail(
                QCoreApplication::translate("genlab::Errors", "directory entry %1 at byte %2 is damaged")
                    .arg(i)
                    .arg(at));
        Entry entry;
        entry.method =
            uint16_t(reader.read(at + 10, 2, QT_TRANSLATE_NOOP("genlab::Errors", "a compression method")));
        entry.crc = uint32_t(reader.read(at + 16, 4, QT_TRANSLATE_NOOP("genlab::Errors", "a CRC-32")));
        entry.compressedSize =
            reader.read(at + 20, 4, QT_TRANSLATE_NOOP("genlab::Errors", "a compressed size"));
        entry.size = reader.read(at + 24, 4, QT_TRANSLATE_NOOP("genlab::Errors", "a size"));
        const uint64_t nameLength =
            reader.read(at + 28, 2, QT_TRANSLATE_NOOP("genlab::Errors", "a name length"));
        const uint64_t extraLength =
            reader.read(at + 30, 2, QT_TRANSLATE_NOOP("genlab::Errors", "an extra length"));
        const uint64_t commentLength =
            reader.read(at + 32, 2, QT_TRANSLATE_NOOP("genlab::Errors", "a comment length"));
        entry.localOffset =
            reader.read(at + 42, 4, QT_TRANSLATE_NOOP("genlab::Errors", "a local header offset"));
        reader.expectRange(at + kDirectoryEntrySize, nameLength + extraLength + commentLength,
                           QCoreApplication::translate("genlab::Errors", "directory entry %1").arg(i));
        entry.name = QString::fromUtf8(reinterpret_cast<const char*>(reader.data(at + kDirectoryEntrySize)),
                                       qsizetype(nameLength));
        // ZIP64 sizes and offset sit in an extra field, in this order, for the fields at 0xFFFFFFFF.
        uint64_t extra = at + kDirectoryEntrySize + nameLength;
        const uint64_t extraEnd = extra + extraLength;
        while (extra + 4 <= extraEnd) {
            const uint64_t id = reader.read(extra, 2, QT_TRANSLATE_NOOP("genlab::Errors", "an extra field"));
            const uint64_t length =
                reader.read(extra + 2, 2, QT_TRANSLATE_NOOP("genlab::Errors", "an extra field length"));
            if (extra + 4 + length > extraEnd)
                reader.fail(
                    QCoreApplication::translate("genlab::Errors", "entry %1 has a damaged extra field")
                        .arg(entry.name));
            if (id == kZip64ExtraField) {
                uint64_t field = extra + 4;
                for (uint64_t* value : {&entry.size, &entry.compressedSize, &entry.localOffset}) {
                    if (*value != 0xFFFFFFFF)
                        continue;
                    if (field + 8 > extra + 4 + length)
                        reader.fail(
                            QCoreApplication::translate("genlab::Errors", "entry %1 has a short zip64 field")
                                .arg(entry.name));
                    *value = reader.read(field, 8, QT_TRANSLATE_NOOP("genlab::Errors", "a zip64 size"));
                    field += 8;
                }
            }
            extra += 4 + length;
        }
        at += kDirectoryEntrySize + nameLength + extraLength + commentLength;
        if (at > directoryOffset + directorySize)
            reader.fail(
                QCoreApplication::translate("genlab::Errors", "the directory is longer than it claims"));

        if (entry.method != kStored && entry.method != kDeflated)
            reader.fail(QCoreApplication::translate("genlab::Errors", "entry %1 uses compression method %2")
                            .arg(entry.name)
                            .arg(entry.method));
        if (reader.read(entry.localOffset, 4, QT_TRANSLATE_NOOP("genlab::Errors", "a local header")) !=
            kLocalHeader)
            reader.fail(QCoreApplication::translate("genlab::Errors", "entry %1: no local header at byte %2")
                            .arg(entry.name)
                            .arg(entry.localOffset));
        const uint64_t localName = reader.read(entry.localOffset + 26, 2,
                                               QT_TRANSLATE_NOOP("genlab::Errors", "a local name length"));
        const uint64_t localExtra = reader.read(entry.localOffset + 28, 2,
                                                QT_TRANSLATE_NOOP("genlab::Errors", "a local extra length"));
        const uint64_t dataOffset = entry.localOffset + kLocalHeaderSize + localName + localExtra;
        reader.expectRange(dataOffset, entry.compressedSize,
                           QCoreApplication::translate("genlab::Errors", "entry %1").arg(entry.name));
        if (entryCrc(reader, entry, dataOffset) != entry.crc)
            reader.fail(QCoreApplication::translate("genlab::Errors", "entry %1 fails its CRC-32 check")
                            .arg(entry.name));
    }
}

void CheckpointIntegrity::checkFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot read: %2")
                             .arg(path, file.errorString()));
    check(file.readAll(), path);
}

} // namespace genlab::run
