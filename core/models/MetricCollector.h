#pragma once

#include "StepMetrics.h"
#include "common/TensorFwd.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace genlab::models {

// Gathers a step's metrics as 0-dim tensors and reads them all with one device-to-host
// transfer at the end, instead of one .item() (and one synchronisation) per value.
class MetricCollector
{
public:
    void add(const QString& name, const at::Tensor& value);
    // The L2 norm of all gradients of these parameters together (parameters without a
    // gradient count as zero).
    void addGradientNorm(const QString& name, const std::vector<at::Tensor>& parameters);
    // For a data-parallel job: the values collected so far, [count()] float, and the job's
    // means that replace them (they travel with the step's last gradient exchange).
    int64_t count() const { return static_cast<int64_t>(m_values.size()); }
    at::Tensor collected() const;
    void replaceCollected(const at::Tensor& means);
    // The collected values in the order of `order` (names not collected are left out).
    StepMetrics finish(const QStringList& order);

private:
    std::vector<QString> m_names;
    std::vector<at::Tensor> m_values;
};

} // namespace genlab::models
