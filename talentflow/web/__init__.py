"""talentflow.web"""
