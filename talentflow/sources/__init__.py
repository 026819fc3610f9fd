"""talentflow.sources"""
