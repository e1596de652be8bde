#pragma once

#include "core/b24/apiversion.h"

#include <QComboBox>

namespace b24 {

// The request's protocol beside the method box: v2 (the classic /rest/) or v3 · REST 3.0
// (/rest/api/, docs/protocol.md §11). Each entry's tooltip says what it sends.
class ApiSwitch : public QComboBox
{
    Q_OBJECT
public:
    explicit ApiSwitch(QWidget *parent = nullptr);

    ApiVersion api() const { return ApiVersion(currentData().toInt()); }
    void setApi(ApiVersion api) { setCurrentIndex(findData(int(api))); }

signals:
    // The user picked an entry (not a change made by the program).
    void chosen(b24::ApiVersion api);
};

} // namespace b24
