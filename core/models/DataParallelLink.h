#pragma once

#include "common/TensorFwd.h"

#include <string>
#include <vector>

namespace genlab::models {

// What a model and its trainer need from the other processes of a data-parallel job: sums of
// tensors over all processes, tensors and bytes sent from the first process to the others.
// distributed::GlooGroup implements it on LibTorch's c10d; the models know nothing of c10d.
// Every process calls the same operations in the same order; an operation that cannot finish
// (a process died, the network broke) throws distributed::JobError.
class DataParallelLink
{
public:
    virtual ~DataParallelLink() = default;
    virtual int rank() const = 0; // 0 .. size() - 1; 0 writes the run folder
    virtual int size() const = 0; // processes in the job
    virtual void sumInPlace(std::vector<at::Tensor>& tensors) = 0;
    virtual void broadcastInPlace(std::vector<at::Tensor>& tensors) = 0; // rank 0's values everywhere
    // Rank 0 passes its bytes and gets them back; the others pass anything and get rank 0's.
    virtual std::string shareBytes(const std::string& key, const std::string& bytes) = 0;
};

} // namespace genlab::models
