#include "HyperParameterSet.h"

#include "common/InputError.h"

#include <QCoreApplication>
#include <QStringList>

namespace genlab::models {

namespace {

QString validNames(const HyperParameterSpecs& specs)
{
    QStringList names;
    for (const HyperParameterSpec& spec : specs)
        names << spec.name;
    return names.join(QStringLiteral(", "));
}

} // namespace

HyperParameterSet::HyperParameterSet(HyperParameterSpecs specs, const QVariantMap& settings)
    : m_specs(std::move(specs))
{
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        spec(it.key()); // throws for an unknown name
    for (const HyperParameterSpec& spec : m_specs)
        m_values.insert(spec.name, settings.contains(spec.name) ? spec.validated(settings.value(spec.name))
                                                                : spec.defaultValue);
}

const HyperParameterSpec& HyperParameterSet::spec(const QString& name) const
{
    for (const HyperParameterSpec& spec : m_specs)
        if (spec.name == name)
            return spec;
    throw InputError(
        QCoreApplication::translate("genlab::Errors", "unknown setting \"%1\"; valid settings: %2")
            .arg(name, validNames(m_specs)));
}

double HyperParameterSet::real(const QString& name) const
{
    spec(name);
    return m_values.value(name).toDouble();
}

int64_t HyperParameterSet::integer(const QString& name) const
{
    spec(name);
    return m_values.value(name).toLongLong();
}

QString HyperParameterSet::choice(const QString& name) const
{
    spec(name);
    return m_values.value(name).toString();
}

bool HyperParameterSet::boolean(const QString& name) const
{
    spec(name);
    return m_values.value(name).toBool();
}

void HyperParameterSet::setLive(const QString& name, const QVariant& value)
{
    const HyperParameterSpec& found = spec(name);
    const QVariant checked = found.validated(value);
    if (!found.live && checked != m_values.value(name))
        throw InputError(QCoreApplication::translate(
                             "genlab::Errors", "%1: cannot change while training (it shapes the networks or "
                                               "optimisers); start a new run instead")
                             .arg(name));
    m_values.insert(name, checked);
}

void HyperParameterSet::restoreLive(const QVariantMap& saved)
{
    for (const HyperParameterSpec& spec : m_specs)
        if (spec.live && saved.contains(spec.name))
            setLive(spec.name, saved.value(spec.name));
}

} // namespace genlab::models
