#include "MetricCollector.h"

#include "common/TorchApi.h"

namespace genlab::models {

void MetricCollector::add(const QString& name, const at::Tensor& value)
{
    m_names.push_back(name);
    m_values.push_back(value.detach().reshape({}).to(torch::kFloat64));
}

void MetricCollector::addGradientNorm(const QString& name, const std::vector<at::Tensor>& parameters)
{
    std::vector<at::Tensor> squares;
    squares.reserve(parameters.size());
    for (const at::Tensor& parameter : parameters)
        if (parameter.grad().defined())
            squares.push_back(parameter.grad().detach().square().sum());
    add(name, squares.empty() ? torch::zeros({}, torch::kFloat64) : torch::stack(squares).sum().sqrt());
}

at::Tensor MetricCollector::collected() const
{
    return m_values.empty() ? torch::zeros({0}, torch::kFloat32) : torch::stack(m_values).to(torch::kFloat32);
}

void MetricCollector::replaceCollected(const at::Tensor& means)
{
    const at::Tensor values = means.to(torch::kFloat64);
    for (size_t i = 0; i < m_values.size(); ++i)
        m_values[i] = values[static_cast<int64_t>(i)];
}

StepMetrics MetricCollector::finish(const QStringList& order)
{
    StepMetrics metrics;
    if (m_values.empty())
        return metrics;
    const at::Tensor values = torch::stack(m_values).cpu();
    const double* data = values.data_ptr<double>();
    metrics.reserve(static_cast<int>(m_names.size()));
    for (const QString& name : order)
        for (size_t i = 0; i < m_names.size(); ++i)
            if (m_names[i] == name) {
                metrics.push_back(NamedValue{name, data[i]});
                break;
            }
    m_names.clear();
    m_values.clear();
    return metrics;
}

} // namespace genlab::models
