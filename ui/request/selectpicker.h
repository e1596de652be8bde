#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;

namespace b24 {

// The "select" parameter: tick the columns to fetch. "*" and "UF_*" are offered because legacy
// list methods leave user and multiple fields out of "*".
class SelectPicker : public QWidget
{
    Q_OBJECT
public:
    explicit SelectPicker(QWidget *parent = nullptr);

    void setFieldNames(const QStringList &names);
    QStringList selected() const;
    void setSelected(const QStringList &names);
    void setChecked(const QString &name, bool checked);

    QListWidget *list() const { return m_list; }

signals:
    void changed();

private:
    void ensureItem(const QString &name);

    QListWidget *m_list;
};

} // namespace b24
