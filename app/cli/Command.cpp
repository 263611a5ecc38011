#include "Command.h"

namespace genlab::cli {

namespace {

// A part of the usage text ending in exactly one newline, whether or not its verb wrote one.
QString asBlock(QString text)
{
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text + QLatin1Char('\n');
}

} // namespace

QString Command::usage() const
{
    QStringList blocks;
    for (const QString& part : {synopsis(), description(), formatVerbOptions(options()), notes()})
        if (!part.isEmpty())
            blocks << asBlock(part);
    return blocks.join(QLatin1Char('\n'));
}

VerbArguments Command::parse(const QStringList& arguments) const
{
    return VerbArguments(arguments, options());
}

} // namespace genlab::cli
