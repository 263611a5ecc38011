#pragma once

#include "DataSet.h"

#include <QString>

namespace genlab::data {

// A CSV file of 2-D points, one `x,y` per line, with an optional header line of two names
// (`x,y`). Blank lines and lines starting with '#' are ignored. Anything else that is not two
// finite numbers is an error naming the file and the line: "pts.csv:7: 'abc' is not a number".
class PointsCsvReader
{
public:
    static constexpr int64_t kMaxPoints = 10'000'000;

    static DataSet read(const QString& path);
};

} // namespace genlab::data
