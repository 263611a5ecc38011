#include "ImageFile.h"

#include "InputError.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageReader>
#include <QStringList>

#include <zlib.h>

#include <mutex>

namespace genlab {

namespace {

// Messages Qt's image plugins print while this thread is inside ImageFile::read go here; a
// thread that is not reading passes its messages on to whatever handler was there before.
thread_local QStringList* t_decoderMessages = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void catchDecoderMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (t_decoderMessages && type != QtFatalMsg) {
        t_decoderMessages->append(message.trimmed());
        return;
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

class DecoderMessageCatcher
{
public:
    DecoderMessageCatcher()
    {
        static std::once_flag installed;
        std::call_once(installed, [] { g_previousHandler = qInstallMessageHandler(catchDecoderMessages); });
        t_decoderMessages = &m_messages;
    }
    ~DecoderMessageCatcher() { t_decoderMessages = nullptr; }
    DecoderMessageCatcher(const DecoderMessageCatcher&) = delete;
    DecoderMessageCatcher& operator=(const DecoderMessageCatcher&) = delete;

    // " (libpng error: Read Error)", or nothing when the decoder said nothing.
    QString suffix() const
    {
        return m_messages.isEmpty() ? QString()
                                    : QStringLiteral(" (%1)").arg(m_messages.join(QStringLiteral("; ")));
    }

private:
    QStringList m_messages;
};

quint32 bigEndian32(const char* bytes)
{
    const auto* b = reinterpret_cast<const uchar*>(bytes);
    return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
}

// libpng reports a damaged file by printing "libpng error: ..." to stderr itself, past any Qt
// handler. So a PNG's chunks are walked first - each complete, each passing its CRC-32, up to
// IEND - and a damaged one is refused with a message of ours; the decoder then only sees whole
// files. Anything else (not a PNG) passes.
void checkPngChunks(const QString& path, const QByteArray& bytes)
{
    static const QByteArray kSignature("\x89PNG\r\n\x1a\n", 8);
    if (!bytes.startsWith(kSignature))
        return;
    qint64 at = kSignature.size();
    while (true) {
        if (at + 8 > bytes.size())
            throw InputError(QCoreApplication::translate("genlab::Errors",
                                                         "%1: the PNG ends before its IEND chunk (cut off?)")
                                 .arg(path));
        const quint32 length = bigEndian32(bytes.constData() + at);
        const QByteArray type = bytes.mid(at + 4, 4);
        if (qint64(length) > bytes.size() - at - 12)
            throw InputError(QCoreApplication::translate("genlab::Errors",
                                                         "%1: the PNG ends inside its %2 chunk (cut off?)")
                                 .arg(path, QString::fromLatin1(type)));
        const auto* typeAndData = reinterpret_cast<const Bytef*>(bytes.constData() + at + 4);
        const uLong crc = crc32(crc32(0L, Z_NULL, 0), typeAndData, uInt(length + 4));
        if (crc != bigEndian32(bytes.constData() + at + 8 + length))
            throw InputError(QCoreApplication::translate(
                                 "genlab::Errors", "%1: the PNG's %2 chunk fails its CRC-32 check (damaged)")
                                 .arg(path, QString::fromLatin1(type)));
        if (type == "IEND")
            return;
        at += 12 + qint64(length);
    }
}

} // namespace

QImage ImageFile::read(const QString& path)
{
    DecoderMessageCatcher catcher;
    // The file is read once: the chunk check and the decoder both work on these bytes.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot read the image: %2")
                             .arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    file.close();
    checkPngChunks(path, bytes);
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer);         // the format comes from the content, as for a file
    const QSize declared = reader.size(); // from the header alone
    if (declared.isValid() && qint64(declared.width()) * declared.height() > kMaxPixels)
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "%1: the image claims %2x%3 pixels, more than the %4 million "
                                               "an image may have")
                             .arg(path)
                             .arg(declared.width())
                             .arg(declared.height())
                             .arg(kMaxPixels / (1024 * 1024)));
    const QImage image = reader.read();
    if (image.isNull())
        throw InputError(QCoreApplication::translate("genlab::Errors", "%1: cannot read the image: %2%3")
                             .arg(path, reader.errorString(), catcher.suffix()));
    return image;
}

} // namespace genlab
