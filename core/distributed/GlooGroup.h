#pragma once

#include "JobAddress.h"
#include "models/DataParallelLink.h"

#include <memory>

namespace genlab::distributed {

// One process's seat in a data-parallel job, on LibTorch's own distributed engine (c10d):
// rendezvous through a TCPStore that rank 0 opens at the master address, collectives through
// ProcessGroupGloo. Every wait is bounded by the address's timeout, so a job whose peer died or
// never came ends with a JobError on every process instead of hanging.
class GlooGroup : public models::DataParallelLink
{
public:
    // Joins the job; returns once all worldSize processes are connected. Throws InputError
    // for bad values or a master address rank 0 cannot listen on, JobError when the others do
    // not come within the timeout.
    static std::shared_ptr<GlooGroup> join(const JobAddress& address);
    ~GlooGroup() override;

    int rank() const override;
    int size() const override;
    void sumInPlace(std::vector<at::Tensor>& tensors) override;
    void broadcastInPlace(std::vector<at::Tensor>& tensors) override;
    std::string shareBytes(const std::string& key, const std::string& bytes) override;

private:
    struct Private;
    explicit GlooGroup(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace genlab::distributed
