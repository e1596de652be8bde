#pragma once

#include <QJsonObject>
#include <QWidget>

namespace b24 {

class FieldRowTable;

// The "order" parameter: rows of (field, ASC | DESC) -> {"DATE_CREATE": "DESC", "ID": "ASC"}.
class OrderBuilder : public QWidget
{
    Q_OBJECT
public:
    explicit OrderBuilder(QWidget *parent = nullptr);

    void setFieldNames(const QStringList &names);
    void addOrder(const QString &field, const QString &direction);
    QJsonObject order() const;
    void setOrder(const QJsonObject &order);

    FieldRowTable *rows() const { return m_rows; }

signals:
    void changed();

private:
    FieldRowTable *m_rows;
};

} // namespace b24
