#pragma once

#include <QString>

#include <chrono>
#include <cstdint>

namespace genlab::distributed {

// Where one process of a data-parallel job stands: how many processes the job has, which one
// this is, and where rank 0 listens for the others (as torchrun's --nnodes/--node-rank/
// --master-addr say it). The same values on several machines form one job.
struct JobAddress {
    int worldSize = 1;
    int rank = 0;
    QString host = QStringLiteral("127.0.0.1");
    uint16_t port = 29500;
    // How long a process waits for the others: to join, and for any one exchange.
    std::chrono::seconds timeout{60};

    // Checks the values together; throws InputError naming the one that is wrong.
    void validate() const;
    // "HOST:PORT" (an IPv4 address or a name, a port 1-65535); throws InputError otherwise.
    void setMaster(const QString& hostAndPort);
    QString master() const; // "HOST:PORT"
    bool isLoopback() const;
};

} // namespace genlab::distributed
