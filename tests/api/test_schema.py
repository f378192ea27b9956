from openapi_spec_validator import validate


def test_openapi_schema_validates_and_lists_every_endpoint(client, db):
    response = client.get("/api/schema/", {"format": "json"})

    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    for endpoint in ("cases", "results", "officers", "forces", "sources"):
        assert f"/api/{endpoint}/" in schema["paths"]


def test_schema_documents_the_case_lists_filters(client, db):
    schema = client.get("/api/schema/", {"format": "json"}).json()

    parameters = {
        p["name"] for p in schema["paths"]["/api/cases/"]["get"]["parameters"]
    }

    assert {
        "q",
        "force",
        "outcome",
        "rank",
        "standard",
        "year_from",
        "page",
    } <= parameters
