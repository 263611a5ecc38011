#include "ModelsCommand.h"

#include "CommandRegistry.h"
#include "VerbArguments.h"
#include "models/ModelCatalog.h"

#include <QTextStream>

namespace genlab::cli {

namespace {

QString range(const models::HyperParameterSpec& spec)
{
    switch (spec.type) {
    case models::HyperParameterSpec::Type::Real:
        return QStringLiteral("%1..%2%3")
            .arg(spec.minimum)
            .arg(spec.maximum)
            .arg(spec.logScale ? QStringLiteral(" (log)") : QString());
    case models::HyperParameterSpec::Type::Integer:
        return QStringLiteral("%1..%2")
            .arg(static_cast<qint64>(spec.minimum))
            .arg(static_cast<qint64>(spec.maximum));
    case models::HyperParameterSpec::Type::Choice:
        return spec.choices.join(QLatin1Char('|'));
    case models::HyperParameterSpec::Type::Boolean:
        return QStringLiteral("true|false");
    }
    return {};
}

} // namespace

QString ModelsCommand::name() const
{
    return QStringLiteral("models");
}

QString ModelsCommand::summary() const
{
    return QStringLiteral("list the models and their hyper-parameters");
}

QString ModelsCommand::synopsis() const
{
    return QStringLiteral("Usage: genlab models [--model M] [--images]");
}

QVector<VerbOption> ModelsCommand::options() const
{
    return {{QStringLiteral("model"), QStringLiteral("M"), QStringLiteral("only this model")},
            {QStringLiteral("images"),
             {},
             QStringLiteral("show the defaults for image data (default: for 2-D points)")}};
}

QString ModelsCommand::notes() const
{
    return QStringLiteral(
        "Each hyper-parameter: name, default, range, live (can change while training), meaning.\n"
        "Set one with genlab train --set name=value.");
}

int ModelsCommand::run(const QStringList& arguments)
{
    const VerbArguments args = parse(arguments);
    const data::DataKind dataKind =
        args.has(QStringLiteral("images")) ? data::DataKind::Images : data::DataKind::Points2D;
    QTextStream out(stdout);
    QVector<models::ModelDescription> descriptions;
    if (args.has(QStringLiteral("model")))
        descriptions.append(models::ModelCatalog::describe(args.value(QStringLiteral("model"))));
    else
        descriptions = models::ModelCatalog::available();
    for (const models::ModelDescription& description : descriptions) {
        out << description.kind << "  " << description.title << "\n  " << description.summary << '\n';
        for (const models::HyperParameterSpec& spec :
             models::ModelCatalog::hyperParameters(description.kind, dataKind)) {
            out << "    " << spec.name.leftJustified(16) << ' '
                << spec.defaultValue.toString().leftJustified(10) << ' ' << range(spec).leftJustified(22)
                << ' ' << (spec.live ? "live " : "     ") << spec.help << '\n';
        }
        out << '\n';
    }
    return 0;
}

} // namespace genlab::cli

using genlab::cli::ModelsCommand;
GENLAB_REGISTER_COMMAND(ModelsCommand)
