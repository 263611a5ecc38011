// genlab: the window when started without a verb, a command-line tool with one.

#include "cli/CommandRegistry.h"
#include "common/BuildInfo.h"
#include "common/InputError.h"

#include <QCoreApplication>
#include <QTextStream>

#include <exception>
#include <memory>

namespace {

QString overallHelp()
{
    QString text = QStringLiteral("GenLab - a laboratory for generative models.\n"
                                  "\n"
                                  "Usage:\n"
                                  "  genlab                 open the window\n"
                                  "  genlab VERB [OPTIONS]  run a verb (genlab VERB --help for its options)\n"
                                  "  genlab --help | --version\n"
                                  "\n"
                                  "Verbs:\n");
    for (const auto& command : genlab::cli::CommandRegistry::createAll())
        text += QStringLiteral("  %1 %2\n").arg(command->name().leftJustified(10), command->summary());
    return text;
}

// Runs one verb; bad input becomes one line on stderr and exit status 2.
int runCommand(genlab::cli::Command& command, const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    try {
        return command.run(arguments);
    } catch (const genlab::InputError& error) {
        out.flush();
        err << "genlab " << command.name() << ": " << error.message() << '\n';
        return 2;
    } catch (const std::exception& error) {
        // Anything else is our fault or the machine's; still one readable line, no core dump.
        out.flush();
        err << "genlab " << command.name()
            << ": internal error: " << QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0)
            << '\n';
        return 1;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList words;
    for (int i = 1; i < argc; ++i)
        words << QString::fromLocal8Bit(argv[i]);
    // `genlab` alone opens the window.
    const QString verb = words.isEmpty() ? QStringLiteral("window") : words.first();
    QTextStream out(stdout);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        out << overallHelp();
        return 0;
    }
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        QCoreApplication app(argc, argv);
        out << genlab::BuildInfo::summary() << '\n';
        return 0;
    }
    std::unique_ptr<genlab::cli::Command> command = genlab::cli::CommandRegistry::create(verb);
    if (!command) {
        QTextStream(stderr) << "genlab: unknown verb or option '" << verb << "' (try genlab --help)\n";
        return 2;
    }
    const QStringList arguments = words.mid(1);
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << command->usage();
        return 0;
    }
    if (command->needsWindowSystem())
        return runCommand(*command, arguments);
    QCoreApplication app(argc, argv);
    return runCommand(*command, arguments);
}
