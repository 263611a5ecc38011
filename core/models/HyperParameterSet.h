#pragma once

#include "HyperParameterSpec.h"

#include <QString>
#include <QVariantMap>

#include <cstdint>

namespace genlab::models {

// A model's current settings: its specs and one validated value for each. Construction fills
// in defaults and rejects unknown names; set() enforces liveness once training has begun.
class HyperParameterSet
{
public:
    HyperParameterSet() = default;
    // Throws InputError for an unknown name (listing the valid ones) or an invalid value.
    HyperParameterSet(HyperParameterSpecs specs, const QVariantMap& settings);

    const HyperParameterSpecs& specs() const { return m_specs; }
    const QVariantMap& values() const { return m_values; }
    const HyperParameterSpec& spec(const QString& name) const;
    bool contains(const QString& name) const { return m_values.contains(name); }

    double real(const QString& name) const;
    int64_t integer(const QString& name) const;
    QString choice(const QString& name) const;
    bool boolean(const QString& name) const;

    // Validates and stores; a setting that is not live throws (it would need a new model).
    void setLive(const QString& name, const QVariant& value);
    // Takes back the live settings a checkpoint recorded; the others are fixed by the
    // architecture the checkpoint was checked against.
    void restoreLive(const QVariantMap& saved);

private:
    HyperParameterSpecs m_specs;
    QVariantMap m_values;
};

} // namespace genlab::models
