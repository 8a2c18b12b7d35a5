"""The service directory, on the Open Referral HSDS 3.0 data model, with maps partners embed."""
